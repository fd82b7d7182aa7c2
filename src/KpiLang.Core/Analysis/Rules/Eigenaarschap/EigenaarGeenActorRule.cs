using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Eigenaarschap;

/// <summary>
/// An eigenaar that names no declared actor. The compiler reports the unknown name as an error too; the checker
/// keeps only the compiler's finding where both point at the same place, so this rule speaks when the compiler
/// was silenced or the owner lies outside what it resolves.
/// </summary>
public sealed class EigenaarGeenActorRule() : Rule("KPI121", "eigenaar-geen-actor", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Warning,
    new("de eigenaar '{1}' van indicator '{0}' is geen gedeclareerde actor; declareer 'actor {1}' of kies een bestaande actor",
        "the owner '{1}' of indicator '{0}' is not a declared actor; declare 'actor {1}' or choose an existing actor"),
    new("De eigenaar moet een actor zijn, zodat vastligt wat hij kan beïnvloeden en op welk niveau hij werkt.",
        "The owner must be an actor, so that what they can influence and the level they work at are on record."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsCurrent() && indicator.OwnerName is { } name && indicator.Owner is null)
                context.Report(this, RuleSyntax.PropertyOrName(indicator, PropertyKey.Eigenaar), indicator.Name, name);
    }
}

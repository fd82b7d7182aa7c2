using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Eigenaarschap;

/// <summary>
/// An eigenaar (of an indicator, effort, goal or scope) that names no declared actor: a typo, an actor in a file
/// that is not imported, or a party written in quotes. The compiler leaves owners to this rule, so that a
/// missing actor reads as a finding about ownership.
/// </summary>
public sealed class EigenaarGeenActorRule() : Rule("KPI121", "eigenaar-geen-actor", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Warning,
    new("de eigenaar '{1}' van {0} is geen gedeclareerde actor; declareer 'actor {2}' of kies een bestaande actor",
        "the owner '{1}' of {0} is not a declared actor; declare 'actor {2}' or choose an existing actor"),
    new("De eigenaar moet een actor zijn, zodat vastligt wat hij kan beïnvloeden en op welk niveau hij werkt.",
        "The owner must be an actor, so that what they can influence and the level they work at are on record."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var symbol in context.Compilation.Symbols)
        {
            (bool Owned, ActorSymbol? Actor) owner = symbol switch
            {
                IndicatorSymbol i when i.IsCurrent() => (true, i.Owner),
                EffortSymbol e => (true, e.Owner),
                GoalSymbol g => (true, g.Owner),
                ScopeSymbol s => (true, s.Owner),
                _ => (false, null),
            };
            if (!owner.Owned || owner.Actor is not null) continue;
            if (RuleSyntax.Property(symbol, PropertyKey.Eigenaar) is not ReferencePropertySyntax { References: [var written, ..] }) continue;
            if (written.Value.Length == 0) continue;
            var suggestedName = written.Identifier?.Text ?? SuggestName(written.Value);
            context.Report(this, RuleSyntax.At(symbol, written),
                new LocalizedText($"{symbol.Kind.Keyword()} '{symbol.Name}'", $"{symbol.Kind.Keyword()} '{symbol.Name}'"),
                written.Value, suggestedName);
        }
    }

    /// <summary>"Team Werk" → team_werk: a name the user can declare for a party written in quotes.</summary>
    private static string SuggestName(string text) =>
        string.Join('_', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0));
}

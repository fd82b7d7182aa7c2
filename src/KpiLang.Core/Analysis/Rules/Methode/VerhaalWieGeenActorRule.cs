using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>A user story whose "wie" is no declared actor (PBM stap 4 and 6: the one who wants the insight).</summary>
public sealed class VerhaalWieGeenActorRule() : Rule("KPI141", "verhaal-wie-geen-actor", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    new("'{1}' in de user story van inspanning '{0}' is geen actor; declareer 'actor {1}' of kies een bestaande actor",
        "'{1}' in the user story of effort '{0}' is not an actor; declare 'actor {1}' or choose an existing actor"),
    new("De 'wie' van een user story is degene die het inzicht nodig heeft; als actor ligt vast wat hij beïnvloedt en wanneer hij de KPI's bespreekt.",
        "The 'who' of a user story is the one who needs the insight; as an actor it is on record what they influence and when they discuss the KPIs."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var effort in context.Compilation.Efforts)
            foreach (var story in effort.Stories)
                if (story.Who is null && story.WhoName.Length > 0)
                    context.Report(this, new Location(effort.SyntaxTree.Text, story.Syntax.Story.Who.Span), effort.Name, story.WhoName);
    }
}

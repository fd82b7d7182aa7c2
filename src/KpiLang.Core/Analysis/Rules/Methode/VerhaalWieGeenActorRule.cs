using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>A user story whose "wie" is no declared actor (PBM stap 4 and 6: the one who wants the insight).</summary>
public sealed class VerhaalWieGeenActorRule() : Rule("KPI141", "verhaal-wie-geen-actor", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var effort in context.Compilation.Efforts)
            foreach (var story in effort.Stories)
                if (story.Who is null && story.WhoName.Length > 0)
                    context.Report(this, new Location(effort.SyntaxTree.Text, story.Syntax.Story.Who.Span), effort.Name, story.WhoName);
    }
}

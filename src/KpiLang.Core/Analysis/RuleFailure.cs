using KpiLang.Analysis.Rules;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Analysis;

/// <summary>
/// What a rule that throws becomes: one finding instead of a failed check (Roslyn's AD0001, Bicep's LinterRuleBase).
/// The other rules' findings stand, and the check of a file never fails because of one faulty rule.
/// </summary>
public static class RuleFailure
{
    public static readonly DiagnosticDescriptor Descriptor = new("KPI198", "regel-mislukt", DiagnosticCategory.Configuratie, DiagnosticSeverity.Warning,
        new("regel {0} ({1}) kon niet worden uitgevoerd en is overgeslagen: {2}; de andere regels zijn wel uitgevoerd. Meld dit als fout in KpiLang, met dit bericht",
            "rule {0} ({1}) could not run and was skipped: {2}; the other rules did run. Please report this as a bug in KpiLang, with this message"),
        new("Een fout in een regel van kpic zelf, niet in uw specificatie. De controle gaat door zonder die regel, dus meldingen van die regel kunnen ontbreken.",
            "A bug in one of kpic's own rules, not in your specification. The check goes on without that rule, so findings of that rule may be missing."));

    /// <summary>The finding for a rule that threw, at the start of the first file of the compilation.</summary>
    public static Diagnostic For(Rule rule, Exception exception, Compiler.Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.Path.Length > 0) ?? compilation.SyntaxTrees.FirstOrDefault();
        var text = tree?.Text ?? SourceText.From("", "");
        var reason = $"{exception.GetType().Name}: {exception.Message}";
        return Diagnostic.Create(Descriptor, new Location(text, new TextSpan(0, 0)), rule.Code, rule.Descriptor.Title, reason);
    }
}

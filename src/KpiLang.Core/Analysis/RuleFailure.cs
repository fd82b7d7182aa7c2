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
    public static readonly DiagnosticDescriptor Descriptor = 
        ConfigurationDiagnostics.Make("KPI198", "regel-mislukt", DiagnosticSeverity.Warning);

    /// <summary>The finding for a rule that threw, at the start of the first file of the compilation.</summary>
    public static Diagnostic For(Rule rule, Exception exception, Compiler.Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.Path.Length > 0) ?? compilation.SyntaxTrees.FirstOrDefault();
        var text = tree?.Text ?? SourceText.From("", "");
        var reason = $"{exception.GetType().Name}: {exception.Message}";
        return Diagnostic.Create(Descriptor, new Location(text, new TextSpan(0, 0)), rule.Code, rule.Descriptor.Title, reason);
    }
}

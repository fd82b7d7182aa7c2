using System.Globalization;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// The fix for one finding: the rule's own, or one the language server adds for a rule that has none: a deadline
/// for a target without one (KPI105) and 'afgesproken met:' for a target nobody agreed to (KPI103). One shape for
/// both, so "fix all of this code in the file" can gather them.
/// </summary>
internal static class DiagnosticFixes
{
    public const string NoDeadline = "KPI105";
    public const string NotAgreed = "KPI103";

    public static CodeFix? For(Diagnostic diagnostic, Compilation compilation, SyntaxTree tree, DateOnly today)
    {
        if (diagnostic.Fix is { } fix) return fix;
        if (diagnostic.Code is not (NoDeadline or NotAgreed)) return null;
        if (compilation.GetSemanticModel(tree).GetEnclosingSymbol(diagnostic.Location.Span.Start) is not IndicatorSymbol indicator) return null;
        return diagnostic.Code == NoDeadline ? AddDeadline(indicator, diagnostic.Location.Span, today) : AddAgreedWith(indicator, compilation);
    }

    private static CodeFix? AddDeadline(IndicatorSymbol indicator, TextSpan at, DateOnly today)
    {
        if (indicator.Targets.FirstOrDefault(t => t.Syntax.Span.OverlapsWith(at) || t.Syntax.Span.Contains(at.Start)) is not { } target) return null;
        var year = (today.Year + 1).ToString(CultureInfo.InvariantCulture);
        var edit = new TextEdit(indicator.SyntaxTree.Text, new TextSpan(target.Syntax.Target.Span.End, 0), $" in {year}");
        return new CodeFix(new($"Voeg een termijn toe aan '{target.Syntax.Target}': in {year}", $"Add a deadline to '{target.Syntax.Target}': in {year}"), [edit]);
    }

    private static CodeFix? AddAgreedWith(IndicatorSymbol indicator, Compilation compilation)
    {
        if (indicator.Targets.FirstOrDefault() is not { } target) return null;
        var who = indicator.Owner?.Name
            ?? compilation.GetSpecificationSymbols(compilation.GetSpecificationId(indicator.SyntaxTree)).FirstOrDefault(s => s.Kind == SymbolKind.Actor)?.Name
            ?? "\"wie\"";
        var line = $"{Keywords.Of(PropertyKey.AfgesprokenMet).Text}: {who}";
        return AddToTargetBlock(indicator.SyntaxTree.Text, target.Syntax, line) is { } edit
            ? new CodeFix(new($"Voeg '{line}' toe aan de streefwaarde", $"Add '{line}' to the target"), [edit])
            : null;
    }

    /// <summary>A line as the first member of the target's block, or a new block holding it.</summary>
    public static TextEdit? AddToTargetBlock(SourceText text, TargetPropertySyntax target, string line)
    {
        var indent = Indentation.Of(text, target.Span.Start);
        if (target.Block is { OpenBrace.IsMissing: false } block)
            return new TextEdit(text, new TextSpan(block.OpenBrace.Span.End, 0), $"\n{indent}    {line}");
        if (target.Block is null)
            return new TextEdit(text, new TextSpan(target.Target.Span.End, 0), $" {{\n{indent}    {line}\n{indent}}}");
        return null;
    }
}

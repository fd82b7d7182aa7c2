using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Analysis.Rules;

/// <summary>Where in the source a rule points, and how it builds the text of a quick fix.</summary>
internal static class RuleSyntax
{
    /// <summary>The first property with this key written directly in the symbol's declaration.</summary>
    public static PropertySyntax? Property(Symbol symbol, PropertyKey key) =>
        symbol.Declaration.Members.OfType<PropertySyntax>().FirstOrDefault(p => p.Key == key);

    /// <summary>The property if written, else the symbol's name: the most helpful place to point at.</summary>
    public static Location PropertyOrName(Symbol symbol, PropertyKey key) =>
        Property(symbol, key) is { } property ? At(symbol, property) : symbol.Location;

    public static Location At(Symbol symbol, SyntaxNode node) => new(symbol.SyntaxTree.Text, node.Span);

    /// <summary>The leading whitespace of the line a position is on, to indent inserted lines alike.</summary>
    public static string IndentOf(SourceText text, int position)
    {
        var line = text.GetLineText(text.GetLineIndex(position));
        return line[..(line.Length - line.TrimStart().Length)];
    }

    /// <summary>An edit that adds a property line as the first member of a declaration's block.</summary>
    public static TextEdit? InsertFirstProperty(Symbol symbol, string propertyLine)
    {
        if (symbol.Declaration.Block is not { OpenBrace.IsMissing: false } block) return null;
        var text = symbol.SyntaxTree.Text;
        var indent = IndentOf(text, symbol.Declaration.Span.Start) + "    ";
        return new TextEdit(text, new TextSpan(block.OpenBrace.Span.End, 0), "\n" + indent + propertyLine);
    }

    /// <summary>An indicator kept only for its history (it has been replaced) is not judged as a current KPI.</summary>
    public static bool IsCurrent(this IndicatorSymbol indicator) => indicator.ReplacedBy is null;

    /// <summary>A current indicator steered on: not replaced, and not a kengetal followed on purpose without a target.</summary>
    public static bool IsKpi(this IndicatorSymbol indicator) => indicator.IsCurrent() && !indicator.IsMonitoringFigure;

    /// <summary>
    /// A KPI that should have a target with a value and a term: not declared non-SMART (acceptatiecriteria) and not
    /// qualitative (told, not counted: judged by its method).
    /// </summary>
    public static bool NeedsTarget(this IndicatorSymbol indicator) =>
        indicator.IsKpi() && !indicator.IsDeliberatelyNotSmart() && indicator.IndicatorKind?.Type != IndicatorKindType.Kwalitatief;

    /// <summary>A target as the user wrote it ("64,3 in 2026"), so a message echoes their numbers and words.</summary>
    public static string Written(IndicatorSymbol indicator, Target target) =>
        string.Join(' ', indicator.SyntaxTree.Text.ToString(target.Syntax.Target.Span)
            .Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Declared deliberately as not SMART (acceptatiecriteria), in itself or in a goal or effort above it.</summary>
    public static bool IsDeliberatelyNotSmart(this IndicatorSymbol indicator)
    {
        if (indicator.UsesAcceptanceCriteria) return true;
        for (var s = indicator.Container; s is not null; s = s.Container)
            if (s is GoalSymbol { HasAcceptanceCriteria: true } or EffortSymbol { AcceptanceCriteria.IsEmpty: false }) return true;
        return false;
    }

    /// <summary>The goal, effort and scope symbols the indicator is nested in, innermost first.</summary>
    public static IEnumerable<Symbol> Containers(this Symbol symbol)
    {
        for (var s = symbol.Container; s is not null; s = s.Container) yield return s;
    }
}

using System.Collections.Immutable;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Formatting;
using KpiLang.Syntax;
using KpiLang.Tables.Conversion;
using KpiLang.Tables.Reading;
using KpiLang.Tables.Writing;
using KpiLang.Text;

namespace KpiLang.Tables;

/// <summary>
/// Turns an indicator table into a specification: each row through the cell readers into an indicator
/// (<see cref="RowConverter"/>), the whole written as .kpi (<see cref="KpiWriter"/>), then compiled. Should the
/// language still refuse a property (a value out of range for the kind the table names, a date that does not exist),
/// that property goes back to toelichting as the table wrote it, with the compiler's reason as a note, and the text
/// is written again: the result never has a syntax or compile error. Last, the formatter gives it the canonical
/// layout, so <c>kpic format</c> leaves it unchanged.
/// </summary>
public static class TableConverter
{
    public static ConversionResult Convert(IndicatorTable table, Language language, DateOnly today, string outputPath = "omgezet.kpi")
    {
        var names = new NameMaker();
        var rows = new RowConverter(table, names);
        var indicators = table.Rows.Select(rows.Convert).ToImmutableArray();
        var specification = new ConvertedSpecification(table.Name, names.Actors, names.Goals, indicators);

        // Each pass takes at least one property out, so this ends.
        while (true)
        {
            var tree = SyntaxTree.Parse(KpiWriter.Write(specification, language), outputPath);
            var errors = Compilation.Create([tree], new CompilationOptions(null, today)).Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count == 0)
            {
                var formatted = KpiFormatter.Format(tree);
                if (formatted.RefusedBecause is { } reason)
                    throw new InvalidOperationException($"the formatter refused the converted table: {reason.En}");
                return new ConversionResult(specification, formatted.Text);
            }
            specification = WithoutRefused(specification, tree, errors);
        }
    }

    /// <summary>Takes out each property an error points into; an error outside any property is a bug in the writer.</summary>
    private static ConvertedSpecification WithoutRefused(ConvertedSpecification specification, SyntaxTree tree, List<Diagnostic> errors)
    {
        var declarations = IndicatorDeclarations(tree);
        var byName = specification.Indicators.ToDictionary(i => i.Name);
        var refused = new List<(ConvertedIndicator Indicator, int Property, LocalizedText Reason)>();
        foreach (var error in errors)
        {
            var place = PropertyAt(declarations, error.Location.Span.Start)
                ?? throw new InvalidOperationException($"kpic convert wrote text the language refuses outside a property: {error.GetMessage(Language.En)}");
            var indicator = byName[place.Indicator];
            if (place.Property >= indicator.Properties.Length)
                throw new InvalidOperationException($"kpic convert wrote a toelichting the language refuses: {error.GetMessage(Language.En)}");
            var key = indicator.Properties[place.Property].Key;
            refused.Add((indicator, place.Property, ConvertText.KeptVerbatim(key, new LocalizedText(error.GetMessage(Language.Nl), error.GetMessage(Language.En)))));
        }
        foreach (var group in refused.GroupBy(r => r.Indicator))
        {
            var changed = group.Key;
            foreach (var (_, property, reason) in group.DistinctBy(r => r.Property).OrderByDescending(r => r.Property))
                changed = changed.Without(property, reason);
            specification = specification.Replace(group.Key, changed);
        }
        return specification;
    }

    /// <summary>Each indicator declaration with the spans of its properties in written order, sorted by position.</summary>
    private static List<(TextSpan Span, string Name, List<TextSpan> Properties)> IndicatorDeclarations(SyntaxTree tree) =>
        [.. tree.Root.DescendantNodes().OfType<DeclarationSyntax>().Where(d => d.Kind == DeclarationKind.Indicator)
            .Select(d => (d.Span, d.Name.Text, d.Members.OfType<PropertySyntax>().Select(p => p.Span).ToList()))];

    /// <summary>The indicator and the index of its property (in written order) that holds a position.</summary>
    private static (string Indicator, int Property)? PropertyAt(List<(TextSpan Span, string Name, List<TextSpan> Properties)> declarations, int position)
    {
        foreach (var (span, name, properties) in declarations)
        {
            if (!span.Contains(position)) continue;
            var index = properties.FindIndex(p => p.Contains(position) || p.End == position);
            return index < 0 ? null : (name, index);
        }
        return null;
    }
}

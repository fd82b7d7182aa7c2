using System.Text.Json;
using KpiLang.Diagnostics;
using KpiLang.Tables.Conversion;
using KpiLang.Tables.Reading;

namespace KpiLang.Cli.Output;

/// <summary>
/// <c>kpic convert --format json</c>: per row what it became (name, title, goal, properties with their notes, the cells
/// kept verbatim in toelichting), a summary, and the findings in the shape of <c>kpic check --format json</c>. A table
/// that cannot be read gives its errors in the same document, with line and column.
/// </summary>
internal static class ConvertJsonFormatter
{
    public static void Write(string table, string output, ConversionResult converted, CheckReport report, TextWriter writer)
    {
        var language = report.Language;
        var document = new
        {
            tool = "kpic",
            version = report.ToolVersion,
            table,
            output,
            rows = converted.Specification.Indicators.Select(i => new
            {
                line = i.Line,
                name = i.Name,
                title = i.Title,
                goal = i.Goal,
                properties = i.Properties.Select(p => new
                {
                    key = p.Key,
                    value = p.Value,
                    note = p.Note?.Get(language),
                    from = p.Sources.Select(c => new { column = c.Heading, cell = c.Cell }),
                }),
                targets = i.Targets.Select(t => t.Value),
                explanation = i.Explanation.Select(c => new { column = c.Heading, cell = c.Cell }),
                notes = i.Notes.Select(n => n.Get(language)),
            }),
            summary = new
            {
                rows = converted.Rows,
                rowsWithTarget = converted.RowsWithTarget,
                targets = converted.Targets,
                cellsInExplanation = converted.CellsInExplanation,
                errors = report.Count(DiagnosticSeverity.Error),
                warnings = report.Count(DiagnosticSeverity.Warning),
                infos = report.Count(DiagnosticSeverity.Info),
            },
            diagnostics = JsonFormatter.Diagnostics(report),
        };
        writer.WriteLine(JsonSerializer.Serialize(document, JsonOptions.Indented));
    }

    public static void WriteErrors(string table, IReadOnlyList<TableError> errors, Language language, TextWriter writer)
    {
        var document = new
        {
            tool = "kpic",
            version = KpicApp.Version,
            table,
            errors = errors.Select(e => new { line = e.Line, column = e.Column, message = e.Message.Get(language) }),
        };
        writer.WriteLine(JsonSerializer.Serialize(document, JsonOptions.Indented));
    }
}

using System.Text.Json.Nodes;
using KpiLang.Diagnostics;
using KpiLang.Tables.Conversion;
using KpiLang.Tables.Reading;

namespace KpiLang.Cli.Output;

/// <summary>
/// <c>kpic convert --format json</c>: per row what it became (name, title, goal, properties with their notes, the cells
/// kept verbatim in toelichting), a summary, and the findings in the shape of <c>kpic check --format json</c>. A table
/// that cannot be read gives its errors in the same document, with line and column. Built as a JSON tree (no
/// reflection), so the native kpic writes it too.
/// </summary>
internal static class ConvertJsonFormatter
{
    public static void Write(string table, string output, ConversionResult converted, CheckReport report, TextWriter writer)
    {
        var language = report.Language;
        var rows = new JsonArray();
        foreach (var i in converted.Specification.Indicators)
        {
            var properties = new JsonArray();
            foreach (var p in i.Properties)
                properties.Add((JsonNode)new JsonObject
                {
                    ["key"] = p.Key,
                    ["value"] = p.Value,
                    ["note"] = p.Note?.Get(language),
                    ["from"] = Cells(p.Sources),
                });
            rows.Add((JsonNode)new JsonObject
            {
                ["line"] = i.Line,
                ["name"] = i.Name,
                ["title"] = i.Title,
                ["goal"] = i.Goal,
                ["properties"] = properties,
                ["targets"] = Strings(i.Targets.Select(t => t.Value)),
                ["explanation"] = Cells(i.Explanation),
                ["notes"] = Strings(i.Notes.Select(n => n.Get(language))),
            });
        }
        var document = new JsonObject
        {
            ["tool"] = "kpic",
            ["version"] = report.ToolVersion,
            ["table"] = table,
            ["output"] = output,
            ["rows"] = rows,
            ["summary"] = new JsonObject
            {
                ["rows"] = converted.Rows,
                ["rowsWithTarget"] = converted.RowsWithTarget,
                ["targets"] = converted.Targets,
                ["cellsInExplanation"] = converted.CellsInExplanation,
                ["errors"] = report.Count(DiagnosticSeverity.Error),
                ["warnings"] = report.Count(DiagnosticSeverity.Warning),
                ["infos"] = report.Count(DiagnosticSeverity.Info),
            },
            ["diagnostics"] = JsonFormatter.Diagnostics(report),
        };
        writer.WriteLine(document.ToJsonString(JsonOptions.Indented));
    }

    public static void WriteErrors(string table, IReadOnlyList<TableError> errors, Language language, TextWriter writer)
    {
        var list = new JsonArray();
        foreach (var e in errors)
            list.Add((JsonNode)new JsonObject { ["line"] = e.Line, ["column"] = e.Column, ["message"] = e.Message.Get(language) });
        var document = new JsonObject { ["tool"] = "kpic", ["version"] = KpicApp.Version, ["table"] = table, ["errors"] = list };
        writer.WriteLine(document.ToJsonString(JsonOptions.Indented));
    }

    private static JsonArray Cells(IEnumerable<CellRef> cells)
    {
        var array = new JsonArray();
        foreach (var c in cells) array.Add((JsonNode)new JsonObject { ["column"] = c.Heading, ["cell"] = c.Cell });
        return array;
    }

    private static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add((JsonNode)JsonValue.Create(v)!);
        return array;
    }
}

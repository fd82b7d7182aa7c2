using System.Text.Json;
using System.Text.Json.Nodes;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>
/// A stable JSON shape for scripts: one object per finding with 1-based positions, plus a summary. Built as a JSON
/// tree rather than serialized from objects, so the native kpic needs no reflection for it.
/// </summary>
internal sealed class JsonFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var document = new JsonObject
        {
            ["tool"] = "kpic",
            ["version"] = report.ToolVersion,
            ["diagnostics"] = Diagnostics(report),
            ["summary"] = new JsonObject
            {
                ["files"] = report.FileCount,
                ["errors"] = report.Count(DiagnosticSeverity.Error),
                ["warnings"] = report.Count(DiagnosticSeverity.Warning),
                ["infos"] = report.Count(DiagnosticSeverity.Info),
            },
        };
        writer.WriteLine(document.ToJsonString(JsonOptions.Indented));
    }

    /// <summary>
    /// The findings in the shape scripts read from 'kpic check --format json' (convert reports them alike), built as a
    /// JSON tree: no reflection, for the native kpic.
    /// </summary>
    public static JsonArray Diagnostics(CheckReport report)
    {
        var diagnostics = new JsonArray();
        foreach (var d in report.Diagnostics)
            // (JsonNode) picks the untyped Add, which needs no reflection.
            diagnostics.Add((JsonNode)new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.GetMessage(report.Language),
                ["file"] = ReportedFile.Name(d.Location.Path),
                ["line"] = d.Location.LineSpan.Start.Line + 1,
                ["column"] = d.Location.LineSpan.Start.Character + 1,
                ["endLine"] = d.Location.LineSpan.End.Line + 1,
                ["endColumn"] = d.Location.LineSpan.End.Character + 1,
                ["helpUri"] = d.Descriptor.HelpUri,
            });
        return diagnostics;
    }
}

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

using System.Text.Json;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>A stable JSON shape for scripts: one object per finding with 1-based positions, plus a summary.</summary>
internal sealed class JsonFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var document = new
        {
            tool = "kpic",
            version = report.ToolVersion,
            diagnostics = Diagnostics(report),
            summary = new
            {
                files = report.FileCount,
                errors = report.Count(DiagnosticSeverity.Error),
                warnings = report.Count(DiagnosticSeverity.Warning),
                infos = report.Count(DiagnosticSeverity.Info),
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(document, JsonOptions.Indented));
    }

    /// <summary>The findings in the shape scripts read from 'kpic check --format json' (convert reports them alike).</summary>
    public static IEnumerable<object> Diagnostics(CheckReport report) => report.Diagnostics.Select(d => new
    {
        code = d.Code,
        severity = d.Severity.ToString().ToLowerInvariant(),
        message = d.GetMessage(report.Language),
        file = ReportedFile.Name(d.Location.Path),
        line = d.Location.LineSpan.Start.Line + 1,
        column = d.Location.LineSpan.Start.Character + 1,
        endLine = d.Location.LineSpan.End.Line + 1,
        endColumn = d.Location.LineSpan.End.Character + 1,
        helpUri = d.Descriptor.HelpUri,
    });
}

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

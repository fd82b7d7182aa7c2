using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>For people at a terminal: each finding with its source line and a caret under the spot; colour only on a terminal.</summary>
internal sealed class TextFormatter(bool useColor) : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var start = diagnostic.Location.LineSpan.Start;
            var severity = CliText.SeverityWord(diagnostic.Severity).Get(report.Language);
            writer.Write($"{ReportedFile.Name(diagnostic.Location.Path)}({start.Line + 1},{start.Character + 1}): ");
            writer.Write(Colour(diagnostic.Severity, $"{severity} {diagnostic.Code}"));
            writer.WriteLine($": {diagnostic.GetMessage(report.Language)}");
            WriteSourceLine(diagnostic, writer);
        }
        writer.WriteLine(CliText.Summary(report.Count(DiagnosticSeverity.Error), report.Count(DiagnosticSeverity.Warning),
            report.Count(DiagnosticSeverity.Info), report.FileCount).Get(report.Language));
    }

    private void WriteSourceLine(Diagnostic diagnostic, TextWriter writer)
    {
        var source = diagnostic.Location.Source;
        if (source.Length == 0) return;
        var span = diagnostic.Location.LineSpan;
        var lineText = source.GetLineText(span.Start.Line).Replace('\t', ' ');
        var number = (span.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var length = span.End.Line == span.Start.Line ? Math.Max(1, span.End.Character - span.Start.Character) : Math.Max(1, lineText.Length - span.Start.Character);
        writer.WriteLine($"  {number} | {lineText}");
        writer.WriteLine($"  {gutter} | {new string(' ', Math.Min(span.Start.Character, lineText.Length))}{Colour(diagnostic.Severity, new string('^', length))}");
    }

    private string Colour(DiagnosticSeverity severity, string text)
    {
        if (!useColor) return text;
        var code = severity switch
        {
            DiagnosticSeverity.Error => "31",
            DiagnosticSeverity.Warning => "33",
            _ => "36",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}

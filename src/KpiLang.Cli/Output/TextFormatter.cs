using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>
/// For people at a terminal: each finding with its source line and a caret under the spot; colour only on a terminal.
/// Everything taken from the user's files (the line, names quoted in the message, the file name) passes through
/// <see cref="TerminalText"/>: control characters are shown, never sent, and a very long line shows a window around
/// the spot.
/// </summary>
internal sealed class TextFormatter(bool useColor) : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var start = diagnostic.Location.LineSpan.Start;
            var severity = CliText.SeverityWord(diagnostic.Severity).Get(report.Language);
            writer.Write($"{TerminalText.Safe(ReportedFile.Name(diagnostic.Location.Path))}({start.Line + 1},{start.Character + 1}): ");
            writer.Write(Colour(diagnostic.Severity, $"{severity} {diagnostic.Code}"));
            writer.WriteLine($": {TerminalText.Safe(diagnostic.GetMessage(report.Language), TerminalText.MessageLimit)}");
            WriteSourceLine(diagnostic, writer);
        }
        writer.WriteLine(Summary(report).Get(report.Language));
    }

    /// <summary>"1 fout, 2 waarschuwingen, 0 info in 3 bestanden."</summary>
    public static LocalizedText Summary(CheckReport report) => CliText.Summary(report.Count(DiagnosticSeverity.Error),
        report.Count(DiagnosticSeverity.Warning), report.Count(DiagnosticSeverity.Info), report.FileCount);

    private void WriteSourceLine(Diagnostic diagnostic, TextWriter writer)
    {
        var source = diagnostic.Location.Source;
        if (source.Length == 0) return;
        var span = diagnostic.Location.LineSpan;
        var line = source.GetLineText(span.Start.Line);
        var (shown, column) = TerminalText.Window(line, span.Start.Character);
        var end = span.End.Line == span.Start.Line ? span.End.Character : line.Length;
        // The caret covers the span as far as it is shown (at least one character, never past the window).
        var length = Math.Clamp(end - span.Start.Character, 1, Math.Max(1, shown.Length - column));
        var number = (span.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        writer.WriteLine($"  {number} | {shown}");
        writer.WriteLine($"  {gutter} | {new string(' ', column)}{Colour(diagnostic.Severity, new string('^', length))}");
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

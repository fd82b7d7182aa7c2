using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>
/// The canonical MSBuild/VS error format, "file(line,col,endLine,endCol): error CODE: message", which build servers
/// parse. One finding per line: a control character or line break from a file is shown (<see cref="TerminalText"/>),
/// so it can neither steer a log viewer nor break a line in two.
/// </summary>
internal sealed class MsBuildFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var d in report.Diagnostics)
        {
            var span = d.Location.LineSpan;
            var category = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            writer.WriteLine($"{TerminalText.Safe(ReportedFile.Name(d.Location.Path))}({span.Start.Line + 1},{span.Start.Character + 1},{span.End.Line + 1},{span.End.Character + 1}): "
                + $"{category} {d.Code}: {TerminalText.Safe(d.GetMessage(report.Language), TerminalText.MessageLimit)}");
        }
    }
}

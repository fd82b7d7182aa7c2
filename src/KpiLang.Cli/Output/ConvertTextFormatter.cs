using KpiLang.Cli.Commands;
using KpiLang.Diagnostics;
using KpiLang.Tables.Conversion;
using KpiLang.Tables.Reading;

namespace KpiLang.Cli.Output;

/// <summary>
/// <c>kpic convert</c> for people: one line saying what the table became, then the findings exactly as <c>kpic check</c>
/// shows them; or, for a table that cannot be read, its errors with file, line and column (the first 20, as import).
/// </summary>
internal static class ConvertTextFormatter
{
    public static void Write(string table, string output, ConversionResult converted, CheckReport report, TextWriter writer)
    {
        writer.WriteLine(ConvertCliText.Converted(table, output, converted.Rows, converted.RowsWithTarget, converted.Targets,
            converted.CellsInExplanation).Get(report.Language));
        new TextFormatter(useColor: Terminal.SupportsColor).Write(report, writer);
    }

    public static void WriteErrors(string table, IReadOnlyList<TableError> errors, Language language, TextWriter writer)
    {
        foreach (var problem in errors.Take(ImportCommand.MaxErrorsShown)) writer.WriteLine(TerminalText.Safe(problem.Format(table, language)));
        if (errors.Count > ImportCommand.MaxErrorsShown) writer.WriteLine(SchemaCliText.MoreErrors(errors.Count - ImportCommand.MaxErrorsShown).Get(language));
        writer.WriteLine(ConvertCliText.TableRefused(errors.Count).Get(language));
    }
}

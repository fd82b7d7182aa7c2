using System.CommandLine;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Schema;
using KpiLang.Schema.Report;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic report</c>: one self-contained HTML page with a chart per indicator, grouped by goal.</summary>
internal static class ReportCommand
{
    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var database = ImportCommand.DatabaseOption(helpLanguage);
        var file = new Option<string>("--output", "-o") { Description = SchemaCliText.ReportOutputDescription.Get(helpLanguage), Required = true };
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("report", SchemaCliText.ReportDescription.Get(helpLanguage)) { database, file, lang };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var path = result.GetValue(file)!;
            if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
            {
                error.WriteLine(SchemaCliText.CannotWrite(path, SchemaCliText.FolderMissing).Get(language));
                return ExitCodes.Usage;
            }
            return DatabaseErrors.Run(language, error, path, () =>
            {
                using var connection = SchemaDatabase.OpenForReading(result.GetValue(database)!);
                var page = new StringWriter();
                var charts = HtmlReport.Write(connection, page, language, KpicApp.Version);
                File.WriteAllText(path, page.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                output.WriteLine(SchemaCliText.ReportWritten(path, charts).Get(language));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}

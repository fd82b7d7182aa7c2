using System.CommandLine;
using KpiLang.Diagnostics;
using KpiLang.Schema;
using KpiLang.Cli.Output;
using KpiLang.Schema.Reading;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic status</c>: a table per goal with a status marker per indicator.</summary>
internal static class StatusCommand
{
    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var database = ImportCommand.DatabaseOption(helpLanguage);
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("status", SchemaCliText.StatusDescription.Get(helpLanguage)) { database, lang };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var path = result.GetValue(database)!;
            return DatabaseErrors.Run(language, error, () =>
            {
                using var connection = SchemaDatabase.OpenForReading(path);
                var sections = StatusReader.ReadSections(connection, StatusText.WithoutGoal.Get(language));
                StatusTable.Write(sections, output, language);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}

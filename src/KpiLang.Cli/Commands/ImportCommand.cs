using System.CommandLine;
using KpiLang.Diagnostics;
using KpiLang.Schema.Import;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic import</c>: loads a CSV file of measurements, all rows or none.</summary>
internal static class ImportCommand
{
    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var csv = new Argument<string>("csv") { Description = SchemaCliText.CsvDescription.Get(helpLanguage) };
        var database = DatabaseOption(helpLanguage);
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("import", SchemaCliText.ImportDescription.Get(helpLanguage)) { csv, database, lang };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var file = result.GetValue(csv)!;
            var path = result.GetValue(database)!;
            if (!File.Exists(file))
            {
                error.WriteLine(SchemaCliText.FileNotFound(file).Get(language));
                return ExitCodes.Usage;
            }
            return DatabaseErrors.Run(language, error, () =>
            {
                var imported = MeasurementImporter.Import(File.ReadAllText(file), path, DateTimeOffset.UtcNow);
                if (!imported.Succeeded)
                {
                    foreach (var problem in imported.Errors) error.WriteLine(problem.Format(file, language));
                    error.WriteLine(SchemaCliText.ImportFailed(imported.Errors.Count).Get(language));
                    return ExitCodes.Findings;
                }
                output.WriteLine(SchemaCliText.Imported(imported.Loaded, path).Get(language));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>--db: the database a command reads or adds to.</summary>
    public static Option<string> DatabaseOption(Language language) =>
        new("--db", "--database") { Description = SchemaCliText.DatabaseDescription.Get(language), Required = true };
}

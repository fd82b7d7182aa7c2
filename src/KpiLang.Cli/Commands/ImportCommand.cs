using System.CommandLine;
using KpiLang.Cli.Output;
using KpiLang.Csv;
using KpiLang.Diagnostics;
using KpiLang.Sources;
using KpiLang.Schema.Import;
using KpiLang.Text;

namespace KpiLang.Cli.Commands;

/// <summary>
/// <c>kpic import</c>: loads a CSV file of measurements, all rows or none; with <c>--corrigeer</c> the rows correct
/// existing measurements instead, keeping the versions they replace.
/// </summary>
internal static class ImportCommand
{
    /// <summary>
    /// A file with a systematic mistake (a wrong date format, an English export) has an error on every line: the
    /// first ones say what is wrong, a count says how much, and the terminal is not flooded.
    /// </summary>
    public const int MaxErrorsShown = 20;

    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var csv = new Argument<string>("csv") { Description = SchemaCliText.CsvDescription.Get(helpLanguage) };
        var database = DatabaseOption(helpLanguage);
        var numbers = new Option<string>("--numbers", "--getallen")
        {
            Description = SchemaCliText.NumbersDescription.Get(helpLanguage),
            DefaultValueFactory = _ => "nl",
        };
        numbers.AcceptOnlyFromAmong("nl", "en");
        var correct = new Option<bool>("--correct", "--corrigeer") { Description = SchemaCliText.CorrectDescription.Get(helpLanguage) };
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("import", SchemaCliText.ImportDescription.Get(helpLanguage)) { csv, database, numbers, correct, lang };
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
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(SchemaCliText.CannotRead(file, FileErrorText.Describe(e, file)).Get(language));
                return ExitCodes.Usage;
            }
            var decoded = CsvDecoder.Decode(bytes);
            if (decoded.Succeeded && decoded.Encoding.NeedsNotice())
                error.WriteLine(SchemaCliText.EncodingNotice(file, decoded.Encoding.Name()).Get(language));
            var options = new ImportOptions(DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.Now))
            {
                Notation = result.GetValue(numbers) == "en" ? NumberNotation.English : NumberNotation.Dutch,
                Correct = result.GetValue(correct),
                CorrectedBy = Environment.UserName,
                BeforeCommit = PauseForTests(error),
            };
            if (decoded.Refusal is { } refusal) return Failed(file, [new ImportError(refusal.Line, refusal.Message)], hint: null, language, error);
            return DatabaseErrors.Run(language, error, path, () =>
            {
                var imported = MeasurementImporter.Import(decoded.Text!, path, options);
                if (!imported.Succeeded) return Failed(file, imported.Errors,
                    imported.SuspectsOtherNotation ? SchemaCliText.NotationHint(options.Notation) : null, language, error);
                output.WriteLine((options.Correct
                    ? SchemaCliText.Corrected(imported.Loaded, imported.Unchanged, path)
                    : SchemaCliText.Imported(imported.Loaded, path)).Get(language));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static int Failed(string file, IReadOnlyList<ImportError> errors, LocalizedText? hint, Language language, TextWriter error)
    {
        foreach (var problem in errors.Take(MaxErrorsShown)) error.WriteLine(TerminalText.Safe(problem.Format(file, language)));
        if (errors.Count > MaxErrorsShown) error.WriteLine(SchemaCliText.MoreErrors(errors.Count - MaxErrorsShown).Get(language));
        if (hint is not null) error.WriteLine(hint.Get(language));
        error.WriteLine(SchemaCliText.ImportFailed(errors.Count).Get(language));
        return ExitCodes.Findings;
    }

    /// <summary>
    /// Only for tests that kill an import part-way (KPIC_TEST_IMPORT_PAUSE_MS): says so once the rows are in, then
    /// waits before the commit.
    /// </summary>
    private static Action? PauseForTests(TextWriter error)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("KPIC_TEST_IMPORT_PAUSE_MS"), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var ms)) return null;
        return () =>
        {
            error.WriteLine("kpic-test: rijen ingevoegd");
            error.Flush();
            Thread.Sleep(ms);
        };
    }

    /// <summary>--db: the database a command reads or adds to.</summary>
    public static Option<string> DatabaseOption(Language language) =>
        new("--db", "--database") { Description = SchemaCliText.DatabaseDescription.Get(language), Required = true };
}

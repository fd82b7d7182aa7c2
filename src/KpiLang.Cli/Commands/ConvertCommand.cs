using System.CommandLine;
using KpiLang.Cli.Output;
using KpiLang.Csv;
using KpiLang.Diagnostics;
using KpiLang.Sources;
using KpiLang.Tables;
using KpiLang.Tables.Reading;

namespace KpiLang.Cli.Commands;

/// <summary>
/// <c>kpic convert tabel.csv -o spec.kpi</c>: reads an indicator table (KpiLang.Tables does the work), writes the
/// specification without overwriting what exists, then reports its findings as <c>kpic check</c> would. Exit 0 when
/// the conversion succeeded, whatever the findings; 1 when the table cannot be read; 2 for wrong usage.
/// </summary>
internal static class ConvertCommand
{
    public const string Name = "convert";

    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var table = new Argument<string>("tabel") { Description = ConvertCliText.TableDescription.Get(helpLanguage) };
        var file = new Option<string>("--output", "-o") { Description = ConvertCliText.OutputDescription.Get(helpLanguage), Required = true };
        var overwrite = new Option<bool>("--overwrite", "--overschrijf") { Description = ConvertCliText.OverwriteDescription.Get(helpLanguage) };
        var format = new Option<string>("--format", "-f")
        {
            Description = ConvertCliText.FormatDescription.Get(helpLanguage),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = CommonOptions.Lang(helpLanguage);
        var today = CommonOptions.Today(helpLanguage);
        var command = new Command(Name, ConvertCliText.Description.Get(helpLanguage)) { table, file, overwrite, format, lang, today };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var input = result.GetValue(table)!;
            var target = result.GetValue(file)!;
            var overwriting = result.GetValue(overwrite);
            var json = result.GetValue(format) == "json";
            if (!CommonOptions.TryParseToday(result.GetValue(today), out var date)) return Usage(CliText.InvalidDate(result.GetValue(today)!));
            if (!File.Exists(input)) return Usage(SchemaCliText.FileNotFound(input));
            if (KpiOutputFile.Refusal(target, overwriting) is { } refusal) return Usage(refusal);

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(input);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(SchemaCliText.CannotRead(input, FileErrorText.Describe(e, input)));
            }
            var reading = TableReader.Read(Path.GetFileName(input), bytes);
            if (reading.Decoded && reading.Encoding.NeedsNotice()) error.WriteLine(SchemaCliText.EncodingNotice(input, reading.Encoding.Name()).Get(language));
            if (!reading.Succeeded)
            {
                if (json) ConvertJsonFormatter.WriteErrors(input, reading.Errors, language, output);
                else ConvertTextFormatter.WriteErrors(input, reading.Errors, language, error);
                return ExitCodes.Findings;
            }

            var converted = TableConverter.Convert(reading.Table!, language, date, Path.GetFullPath(target));
            if (KpiOutputFile.Write(target, converted.Text, overwriting) is { } failure) return Usage(failure);

            // Judged exactly as 'kpic check <target>' judges it, kpiconfig.json beside it included.
            if (Workspace.Open([target], root: null, result.GetValue(today), language, error) is not { } workspace) return ExitCodes.Usage;
            var report = new CheckReport(WorkspaceFindings.Of(workspace).All, workspace.FileCount, DescriptorCatalog.All, language, KpicApp.Version);
            if (json) ConvertJsonFormatter.Write(input, target, converted, report, output);
            else ConvertTextFormatter.Write(input, target, converted, report, output);
            return ExitCodes.Success;

            int Usage(LocalizedText message)
            {
                error.WriteLine(message.Get(language));
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}

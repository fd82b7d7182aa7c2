using System.CommandLine;
using KpiLang.Cli.Output;
using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic check</c>: reports every finding in the given files and folders; exits 1 when there are errors.</summary>
internal static class CheckCommand
{
    public const string Name = "check";

    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths(helpLanguage);
        var format = new Option<string>("--format", "-f")
        {
            Description = CliText.FormatDescription.Get(helpLanguage),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "msbuild", "json", "sarif");
        var lang = CommonOptions.Lang(helpLanguage);
        var warnAsError = new Option<bool>("--warnaserror") { Description = CliText.WarnAsErrorDescription.Get(helpLanguage) };
        var root = CommonOptions.Root(helpLanguage);
        var today = CommonOptions.Today(helpLanguage);
        var outputFile = new Option<string?>("--output", "-o") { Description = CliText.OutputDescription.Get(helpLanguage) };

        var command = new Command(Name, CliText.CheckDescription.Get(helpLanguage)) { paths, format, lang, warnAsError, root, today, outputFile };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var inputs = result.GetValue(paths) ?? [];
            if (Workspace.Open(inputs, result.GetValue(root), result.GetValue(today), language, error) is not { } workspace)
                return ExitCodes.Usage;

            var diagnostics = WorkspaceFindings.Of(workspace).All;
            if (result.GetValue(warnAsError))
                diagnostics = [.. diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)];

            var report = new CheckReport(diagnostics, workspace.FileCount, DescriptorCatalog.All, language, KpicApp.Version);
            IReportFormatter formatter = result.GetValue(format) switch
            {
                "msbuild" => new MsBuildFormatter(),
                "json" => new JsonFormatter(),
                "sarif" => new SarifFormatter(),
                _ => new TextFormatter(useColor: result.GetValue(outputFile) is null && Terminal.SupportsColor),
            };
            if (result.GetValue(outputFile) is { } file)
            {
                try
                {
                    using var writer = new StreamWriter(file);
                    formatter.Write(report, writer);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine(SchemaCliText.CannotWrite(file, FileErrorText.Describe(e, file)).Get(language));
                    return ExitCodes.Usage;
                }
                // The report went to a file: a pipeline's log still says what was found and why the exit code is what it is.
                error.WriteLine(CliText.SummaryWrittenTo(report.Count(DiagnosticSeverity.Error), report.Count(DiagnosticSeverity.Warning),
                    report.Count(DiagnosticSeverity.Info), report.FileCount, file).Get(language));
            }
            else
            {
                formatter.Write(report, output);
            }
            return diagnostics.Any(d => d.IsError) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}

using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using KpiLang.Cli.Output;
using KpiLang.Diagnostics;
using KpiLang.Schema;
using KpiLang.Schema.Build;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic build</c>: compiles a specification into a measurement database, keeping every measurement.</summary>
internal static class BuildCommand
{
    public const string Name = "build";

    /// <summary>Only for tests that kill a build part-way: a pause after each step of the write.</summary>
    private const string StepDelayVariable = "KPIC_TEST_BUILD_STEP_DELAY_MS";

    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths(helpLanguage);
        var database = new Option<string>("--output", "-o") { Description = SchemaCliText.DatabaseOutputDescription.Get(helpLanguage), Required = true };
        var lang = CommonOptions.Lang(helpLanguage);
        var root = CommonOptions.Root(helpLanguage);
        var today = CommonOptions.Today(helpLanguage);

        var command = new Command(Name, SchemaCliText.BuildDescription.Get(helpLanguage)) { paths, database, lang, root, today };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var target = result.GetValue(database)!;
            // 'vervangt:' may name an indicator that only the database still holds. A bad URL or a server that cannot
            // be reached is reported here, before the specification is compiled.
            ImmutableHashSet<string> known = [];
            var reached = DatabaseErrors.Run(language, error, target, () => { known = IndicatorKeys.InDatabase(target); return ExitCodes.Success; });
            if (reached != ExitCodes.Success) return reached;
            if (Workspace.Open(result.GetValue(paths) ?? [], result.GetValue(root), result.GetValue(today), language, error, known) is not { } workspace)
                return ExitCodes.Usage;

            var compilation = workspace.Compilation;
            // Judged as 'kpic check' judges it (kpiconfig.json included): an error there, also a rule raised to 'fout',
            // stops the build. Warnings are for check to show, except those about kpiconfig.json itself, so that a
            // typo in the settings this build follows is not silently ignored.
            var findings = WorkspaceFindings.Of(workspace);
            var errorCount = findings.All.Count(d => d.IsError);
            var shown = findings.All.Where(d => d.IsError || findings.AboutConfig.Contains(d)).ToImmutableArray();
            if (shown.Length > 0)
                new TextFormatter(useColor: false).Write(new CheckReport(shown, workspace.FileCount, DescriptorCatalog.All, language, KpicApp.Version), error);
            if (errorCount > 0)
            {
                error.WriteLine(SchemaCliText.BuildRefused(errorCount).Get(language));
                return ExitCodes.Findings;
            }
            if (IndicatorKeys.FindDuplicates(compilation) is [var (first, second), ..])
            {
                error.WriteLine(SchemaCliText.DuplicateIndicator(first.Name, first.Location.ToString(), second.Location.ToString()).Get(language));
                return ExitCodes.Findings;
            }

            return DatabaseErrors.Run(language, error, target, () =>
            {
                var options = new BuildOptions(KpicApp.Version, DateTimeOffset.UtcNow, workspace.Root) { StepDelay = StepDelay() };
                if (options.StepDelay > TimeSpan.Zero) options = options with { OnStep = step => error.WriteLine($"kpic-test: stap {step}") };
                var built = SchemaBuilder.Build(compilation, target, options);
                output.WriteLine(SchemaCliText.Built(target, built.IndicatorCount, built.MeasurementCount, built.CreatedNewDatabase).Get(language));
                if (!built.CreatedNewDatabase && built.MigratedFromVersion < SchemaMigrator.LatestVersion)
                    output.WriteLine(SchemaCliText.Migrated(built.MigratedFromVersion, SchemaMigrator.LatestVersion).Get(language));
                foreach (var archived in built.NewlyArchived)
                    output.WriteLine(SchemaCliText.Archived(archived.Key, archived.Title, archived.MeasurementCount).Get(language));
                foreach (var restored in built.Restored)
                    output.WriteLine(SchemaCliText.Restored(restored).Get(language));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static TimeSpan StepDelay() =>
        int.TryParse(Environment.GetEnvironmentVariable(StepDelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.Zero;
}

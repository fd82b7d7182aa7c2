using System.CommandLine;
using System.Reflection;
using KpiLang.Cli.Commands;
using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>Builds the command tree and runs it. Help texts follow --lang (or KPIC_LANG), Dutch by default.</summary>
internal static class KpicApp
{
    public static string Version =>
        typeof(KpicApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var language = DetectLanguage(args);
        var root = new RootCommand(CliText.RootDescription.Get(language));
        foreach (var command in CommandCatalog.Create(language, output, error))
            root.Subcommands.Add(command);

        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption) option.Description = CliText.HelpDescription.Get(language);
            if (option is VersionOption) option.Description = CliText.VersionDescription.Get(language);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors) error.WriteLine($"kpic: {parseError.Message}");
            error.WriteLine(language == Language.En ? "Run 'kpic --help' for usage." : "Zie 'kpic --help' voor het gebruik.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return parseResult.Invoke(configuration);
    }

    private static Language DetectLanguage(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--lang" or "--taal" && i + 1 < args.Length) return LanguageParser.Parse(args[i + 1]);
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return LanguageParser.Parse(args[i][7..]);
        }
        return LanguageParser.Parse(Environment.GetEnvironmentVariable("KPIC_LANG"));
    }
}

using System.CommandLine;
using System.Reflection;
using KpiLang.Cli.Commands;
using KpiLang.Diagnostics;
using KpiLang.Sources;

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
            var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            var messages = parseResult.Errors.Select(e => e.Message).ToList();
            foreach (var message in ParseErrorText.WorthShowing(messages))
                error.WriteLine($"kpic: {ParseErrorText.Translate(message, language, commands)}");
            error.WriteLine(CliText.SeeHelp.Get(language));
            return ExitCodes.Usage;
        }
        if (parseResult.Action is System.CommandLine.Help.HelpAction)
        {
            // The help's own headings are English in System.CommandLine; the descriptions already follow --lang.
            var help = new StringWriter();
            var shown = parseResult.Invoke(new InvocationConfiguration { Output = help, Error = error });
            output.Write(HelpText.Translate(help.ToString(), language));
            return shown;
        }
        // A failure no command expected (a bug, or the file system refusing at an odd moment) is reported in the
        // user's language instead of as System.CommandLine's English "Unhandled exception" with a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(CliText.FileSystemFailed(FileErrorText.Describe(e, path: null)).Get(language));
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine(CliText.InternalError(e).Get(language));
            return ExitCodes.InternalError;
        }
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

using System.CommandLine;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Commands;

/// <summary>Every kpic subcommand, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(Language language, TextWriter output, TextWriter error)
    {
        yield return CheckCommand.Create(language, output, error);
        yield return RulesCommand.Create(language, output);
        yield return FormatCommand.Create(language, output, error);
        yield return ConvertCommand.Create(language, output, error);
        yield return BuildCommand.Create(language, output, error);
        yield return ImportCommand.Create(language, output, error);
        yield return StatusCommand.Create(language, output, error);
        yield return ReportCommand.Create(language, output, error);
        yield return RolesCommand.Create(language, output, error);
        yield return LspCommand.Create(language, error);
    }
}

using System.CommandLine;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer;

namespace KpiLang.Cli.Commands;

/// <summary>
/// <c>kpic lsp</c>: the language server over stdin/stdout for any LSP client. Protocol messages own stdout; logging
/// goes to stderr. <c>--stdio</c> is accepted because clients such as VS Code pass it.
/// </summary>
internal static class LspCommand
{
    private static LocalizedText Description => CliText.LspDescription;

    private static LocalizedText StdioDescription => CliText.LspStdioDescription;

    public static Command Create(Language language, TextWriter error)
    {
        var stdio = new Option<bool>("--stdio") { Description = StdioDescription.Get(language) };
        var command = new Command("lsp", Description.Get(language)) { stdio };
        command.SetAction((_, cancellationToken) =>
            LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), error, cancellationToken: cancellationToken));
        return command;
    }
}

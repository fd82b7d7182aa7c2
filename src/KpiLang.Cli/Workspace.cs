using KpiLang.Compiler;
using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>The files a command works on, compiled once; reports unusable input (exit code 2) instead of throwing.</summary>
internal sealed record Workspace(Compilation Compilation, int FileCount, string Root)
{
    public static Workspace? Open(IReadOnlyList<string> inputs, string? root, string? today, Language language, TextWriter error,
        System.Collections.Immutable.ImmutableHashSet<string>? databaseIndicators = null)
    {
        if (WorkspaceInputs.Resolve(inputs, root, language, error) is not { } resolved) return null;
        if (!Commands.CommonOptions.TryParseToday(today, out var date))
        {
            error.WriteLine(CliText.InvalidDate(today!).Get(language));
            return null;
        }
        var compilation = Compilation.FromPaths(resolved.Files,
            new CompilationOptions(resolved.Root, date) { DatabaseIndicators = databaseIndicators ?? [] });
        return new Workspace(compilation, compilation.SyntaxTrees.Length, resolved.Root);
    }
}

using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Cli;

/// <summary>The files a command works on, compiled once; reports unusable input (exit code 2) instead of throwing.</summary>
internal sealed record Workspace(Compilation Compilation, int FileCount, string Root)
{
    public static Workspace? Open(IReadOnlyList<string> inputs, string? root, string? today, Language language, TextWriter error,
        System.Collections.Immutable.ImmutableHashSet<string>? databaseIndicators = null)
    {
        foreach (var input in inputs)
        {
            if (File.Exists(input) || Directory.Exists(input)) continue;
            error.WriteLine((input.StartsWith('-') ? CliText.UnknownOption(input) : CliText.PathNotFound(input)).Get(language));
            return null;
        }
        if (!Commands.CommonOptions.TryParseToday(today, out var date))
        {
            error.WriteLine(CliText.InvalidDate(today!).Get(language));
            return null;
        }
        var files = SourceLoader.FindFiles(inputs);
        if (files.Count == 0)
        {
            error.WriteLine(CliText.NoFiles(string.Join(", ", inputs)).Get(language));
            return null;
        }
        var workspaceRoot = Path.GetFullPath(root ?? FilePaths.CommonRoot(inputs));
        var compilation = Compilation.FromPaths(files, new CompilationOptions(workspaceRoot, date) { DatabaseIndicators = databaseIndicators ?? [] });
        return new Workspace(compilation, compilation.SyntaxTrees.Length, workspaceRoot);
    }
}

using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Cli;

/// <summary>
/// The files and folders a command was given, and the workspace root they are read in: the --root folder, or else the
/// deepest folder that holds every input. Imports outside the root are refused (KPL0202), so a root that does not
/// exist or that leaves an input outside is a usage error here, before anything is read.
/// </summary>
internal sealed record WorkspaceInputs(IReadOnlyList<string> Files, string Root)
{
    public static WorkspaceInputs? Resolve(IReadOnlyList<string> inputs, string? root, Language language, TextWriter error)
    {
        foreach (var input in inputs)
        {
            if (File.Exists(input) || Directory.Exists(input)) continue;
            error.WriteLine((input.StartsWith('-') ? CliText.UnknownOption(input) : CliText.PathNotFound(input)).Get(language));
            return null;
        }
        if (root is not null && !Directory.Exists(root))
        {
            error.WriteLine(CliText.RootNotFound(root).Get(language));
            return null;
        }
        var workspaceRoot = Path.GetFullPath(root ?? FilePaths.CommonRoot(inputs));
        if (inputs.FirstOrDefault(i => !FilePaths.IsUnder(Path.GetFullPath(i), workspaceRoot)) is { } outside)
        {
            error.WriteLine(CliText.InputOutsideRoot(outside, root!).Get(language));
            return null;
        }
        var files = SourceLoader.FindFiles(inputs);
        if (files.Count == 0)
        {
            error.WriteLine(CliText.NoFiles(string.Join(", ", inputs)).Get(language));
            return null;
        }
        return new WorkspaceInputs(files, workspaceRoot);
    }
}

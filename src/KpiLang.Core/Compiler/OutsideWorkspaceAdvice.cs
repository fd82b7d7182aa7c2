using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Compiler;

/// <summary>
/// The finding for an import outside the workspace (KPL0202), with how to fix it: name the folder that holds both the
/// workspace and the imported file, to check as a whole or to give as --root (in an editor: to open). When that folder
/// is the file system's root the import reaches far outside the project, so no folder is suggested: moving the file is.
/// </summary>
internal static class OutsideWorkspaceAdvice
{
    public static Diagnostic For(Location at, string written, string workspaceRoot, string importedFile)
    {
        // The root with a trailing separator counts as a folder whether or not it exists (an editor's unsaved workspace).
        var both = FilePaths.CommonRoot([Path.TrimEndingDirectorySeparator(workspaceRoot) + Path.DirectorySeparatorChar, importedFile]);
        return string.Equals(both, Path.GetPathRoot(both), StringComparison.Ordinal)
            ? Diagnostic.CreateWithMessage(CompilerDiagnostics.ImportOutsideWorkspace, at,
                CompilerDiagnostics.ImportFarOutsideWorkspace(written, workspaceRoot))
            : Diagnostic.Create(CompilerDiagnostics.ImportOutsideWorkspace, at, written, workspaceRoot, both);
    }
}

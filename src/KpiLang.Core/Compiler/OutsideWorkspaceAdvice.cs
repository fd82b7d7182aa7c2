using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Compiler;

/// <summary>
/// How to fix an import outside the workspace (KPL0202): name the folder that holds both the workspace and the
/// imported file, to check as a whole or to give as --root (in an editor: to open). When that folder is the
/// file system's root the import reaches far outside the project, so no folder is suggested: moving the file is.
/// </summary>
internal static class OutsideWorkspaceAdvice
{
    public static LocalizedText For(string workspaceRoot, string importedFile)
    {
        // The root with a trailing separator counts as a folder whether or not it exists (an editor's unsaved workspace).
        var both = FilePaths.CommonRoot([Path.TrimEndingDirectorySeparator(workspaceRoot) + Path.DirectorySeparatorChar, importedFile]);
        if (string.Equals(both, Path.GetPathRoot(both), StringComparison.Ordinal))
            return new("Zet het bestand binnen de werkmap, of kies met '--root <map>' een werkmap die beide bevat.",
                "Move the file inside the workspace, or choose a workspace that holds both with '--root <folder>'.");
        return new($"Controleer de map die beide bevat ('kpic check {both}'), of kies die als werkmap met '--root {both}' (in een editor: open die map).",
            $"Check the folder that holds both ('kpic check {both}'), or make it the workspace with '--root {both}' (in an editor: open that folder).");
    }
}

using KpiLang.Diagnostics;

namespace KpiLang.Schema.Build;

/// <summary>The file (relative to the workspace, with '/') and 1-based span a row was compiled from.</summary>
internal static class SourceLocation
{
    public static readonly string[] Columns = ["bestand", "regel", "kolom", "eind_regel", "eind_kolom"];

    public static string RelativePath(string path, string workspaceRoot) =>
        path.Length == 0 ? "" : Path.GetRelativePath(workspaceRoot, Path.GetFullPath(path)).Replace('\\', '/');

    public static object[] Values(Location location, string workspaceRoot)
    {
        var span = location.LineSpan;
        return [RelativePath(location.Path, workspaceRoot), span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1];
    }
}

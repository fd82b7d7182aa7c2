namespace KpiLang.Cli.Output;

/// <summary>How a file is named in output: relative to the current folder when it lies inside it.</summary>
internal static class ReportedFile
{
    public static string Name(string path)
    {
        if (path.Length == 0) return "<invoer>";
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}

namespace KpiLang.Sources;

/// <summary>Path helpers: resolving symbolic links and deciding containment in the workspace root.</summary>
public static class FilePaths
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path with every symbolic link along it resolved (like realpath(3)); missing parts are kept as written.</summary>
    public static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        if (depth > 40) return full; // a link loop: give up resolving, the caller still sees a path
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.LinkTarget;
                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), depth + 1);
            }
            current = next;
        }
        return current;
    }

    public static bool IsUnder(string path, string root)
    {
        var normalizedRoot = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(normalizedRoot, PathComparison) || string.Equals(path, Path.TrimEndingDirectorySeparator(root), PathComparison);
    }

    /// <summary>The path as an import would write it from a directory: relative, with forward slashes.</summary>
    public static string RelativeImportPath(string fromDirectory, string to) =>
        Path.GetRelativePath(fromDirectory, to).Replace('\\', '/');

    /// <summary>The deepest folder that holds every input (a folder input counts itself, a file its folder).</summary>
    public static string CommonRoot(IEnumerable<string> inputs)
    {
        string? common = null;
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
            common = common is null ? folder : CommonPrefix(common, folder);
        }
        return common ?? Directory.GetCurrentDirectory();
    }

    private static string CommonPrefix(string a, string b)
    {
        var left = a.Split(Path.DirectorySeparatorChar);
        var right = b.Split(Path.DirectorySeparatorChar);
        var count = 0;
        while (count < left.Length && count < right.Length && string.Equals(left[count], right[count], PathComparison)) count++;
        var prefix = string.Join(Path.DirectorySeparatorChar, left.Take(count));
        return prefix.Length == 0 ? Path.GetPathRoot(a) ?? "/" : prefix;
    }
}

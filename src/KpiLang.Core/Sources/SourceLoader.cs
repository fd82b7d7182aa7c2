using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Sources;

/// <summary>Finds the .kpi files under the paths a user gives and parses them; unreadable files become diagnostics.</summary>
public static class SourceLoader
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "obj" };

    /// <summary>Every .kpi file under the inputs (files as given, folders searched recursively), each once, in a stable order.</summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full)) files.Add(full);
            else if (Directory.Exists(full)) AddFolder(full, files);
        }
        return [.. files];
    }

    private static void AddFolder(string folder, SortedSet<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.kpi")) files.Add(file);
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SkippedFolders.Contains(name)) continue;
            if (new DirectoryInfo(sub).LinkTarget is not null) continue; // never follow a folder link out of the tree
            AddFolder(sub, files);
        }
    }

    /// <summary>Reads and parses one file. An unreadable file gives an empty tree with one diagnostic.</summary>
    public static SyntaxTree Load(string path, IFileProvider files, out Diagnostic? loadDiagnostic)
    {
        var file = files.Read(path);
        loadDiagnostic = null;
        if (file.Text is null)
        {
            var empty = SyntaxTree.Parse(SourceText.From(string.Empty, path));
            loadDiagnostic = Diagnostic.Create(CompilerDiagnostics.FileUnreadable, new Location(empty.Text, default), (object?)file.Error ?? "?");
            return empty;
        }
        var tree = SyntaxTree.Parse(SourceText.From(file.Text, path));
        if (file.ReadAs is { } encoding)
            loadDiagnostic = Diagnostic.Create(CompilerDiagnostics.InvalidEncoding, new Location(tree.Text, new TextSpan(0, 0)), encoding);
        return tree;
    }
}

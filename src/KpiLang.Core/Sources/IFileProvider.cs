namespace KpiLang.Sources;

/// <summary>
/// Where a compilation reads imported files from: the disk for the CLI, the editor's open documents first for the
/// language server. Paths are full paths.
/// </summary>
public interface IFileProvider
{
    bool Exists(string path);

    /// <summary>The file's text, or why it cannot be read (in both languages).</summary>
    SourceFile Read(string path);

    /// <summary>The path with every symbolic link resolved, to decide whether a file really lies in the workspace.</summary>
    string RealPath(string path);
}

/// <summary>A read file: its text, or why it could not be read, and whether its bytes were valid UTF-8.</summary>
/// <param name="ReadAs">The encoding the text was converted from when it was not UTF-8, for a notice; null for UTF-8.</param>
public sealed record SourceFile(string Path, string? Text, Diagnostics.LocalizedText? Error, Diagnostics.LocalizedText? ReadAs = null);

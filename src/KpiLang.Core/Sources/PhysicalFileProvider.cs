using KpiLang.Csv;
using KpiLang.Diagnostics;

namespace KpiLang.Sources;

/// <summary>
/// Reads .kpi files from disk with the same decoding as every text the tool reads: UTF-8 (with or without BOM),
/// UTF-16 with a BOM, or Windows-1252 (a file saved as "ANSI" on Windows), said in a notice. A byte that fits none
/// makes the file unreadable, naming its line: a title is never stored with a character the author did not write.
/// </summary>
public sealed class PhysicalFileProvider : IFileProvider
{
    public static readonly PhysicalFileProvider Instance = new();

    public bool Exists(string path) => File.Exists(path);

    public SourceFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new SourceFile(path, null, FileErrorText.Describe(e, path));
        }
        var decoded = CsvDecoder.Decode(bytes, refuseControlCharacters: false);
        if (decoded.Refusal is { } refusal)
            return new SourceFile(path, null, FileErrorText.LineRefused(refusal.Line, refusal.Message));
        return new SourceFile(path, decoded.Text, null, decoded.Encoding.NeedsNotice() ? decoded.Encoding.Name() : null);
    }

    public string RealPath(string path) => FilePaths.RealPath(path);
}

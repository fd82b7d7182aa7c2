using System.Text;

namespace KpiLang.Sources;

/// <summary>Reads .kpi files from disk as UTF-8 (with or without BOM), replacing invalid bytes rather than failing.</summary>
public sealed class PhysicalFileProvider : IFileProvider
{
    public static readonly PhysicalFileProvider Instance = new();

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

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
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new SourceFile(path, Strict.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException)
        {
            return new SourceFile(path, Lenient.GetString(bytes, offset, bytes.Length - offset), null, HadInvalidEncoding: true);
        }
    }

    public string RealPath(string path) => FilePaths.RealPath(path);
}

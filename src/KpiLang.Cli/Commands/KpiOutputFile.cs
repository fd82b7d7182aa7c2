using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Sources;

namespace KpiLang.Cli.Commands;

/// <summary>
/// The .kpi file a command writes (kpic convert): it must end in .kpi so check and build find it, its folder must
/// exist, and an existing file is replaced only when the user asked for it (--overschrijf), never silently.
/// </summary>
internal static class KpiOutputFile
{
    /// <summary>Why the file cannot be written, before any work is done; null when it can.</summary>
    public static LocalizedText? Refusal(string path, bool overwrite)
    {
        if (!path.EndsWith(".kpi", StringComparison.OrdinalIgnoreCase)) return ConvertCliText.NotKpi(path);
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path)))) return SchemaCliText.CannotWrite(path, SchemaCliText.FolderMissing);
        return File.Exists(path) && !overwrite ? ConvertCliText.OutputExists(path) : null;
    }

    /// <summary>Writes the text as UTF-8 without BOM; the reason when the file system refuses.</summary>
    public static LocalizedText? Write(string path, string text, bool overwrite)
    {
        try
        {
            // CreateNew: a file that appeared since Refusal was asked is not overwritten either.
            using var stream = new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return File.Exists(path) && !overwrite ? ConvertCliText.OutputExists(path) : SchemaCliText.CannotWrite(path, FileErrorText.Describe(e, path));
        }
    }
}

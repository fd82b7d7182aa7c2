using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Sources;

/// <summary>
/// Why a file could not be read or written, in the user's language. .NET's own exception texts are English only
/// ("The file '…' already exists."), so the usual causes are recognised from the exception and the file system;
/// only a cause kpic does not know keeps .NET's text, after a Dutch sentence that says what happened.
/// </summary>
public static class FileErrorText
{
    private static readonly TextTable Texts = new(typeof(FileErrorText));

    // errno on Linux and macOS, Win32 error codes (in the low word of the HRESULT) on Windows.
    private const int UnixFileExists = 17, UnixDiskFull = 28, WindowsFileExists = 80, WindowsAlreadyExists = 183, WindowsDiskFull = 112;

    /// <param name="path">The file that was being read or written, when known: its state explains most failures.</param>
    public static LocalizedText Describe(Exception exception, string? path)
    {
        var full = path is null ? null : Path.GetFullPath(path);
        var folder = full is null ? null : Path.GetDirectoryName(full);
        var code = exception.HResult & 0xFFFF;
        if (full is not null && Directory.Exists(full))
            return Texts.Text("IsAFolder");
        if (exception is DirectoryNotFoundException && folder is null)
            return Texts.Text("AFolderIsMissing");
        if (exception is DirectoryNotFoundException || (folder is not null && !Directory.Exists(folder)))
            return Texts.Format("FolderIsMissing", ("folder", folder));
        if (exception is FileNotFoundException)
            return Texts.Text("FileIsMissing");
        if (exception is UnauthorizedAccessException)
            return Texts.Text("AccessDenied");
        if (exception is PathTooLongException)
            return Texts.Text("PathTooLong");
        if (code is UnixDiskFull or WindowsDiskFull)
            return Texts.Text("DiskFull");
        if (code is UnixFileExists or WindowsFileExists or WindowsAlreadyExists
            || (full is not null && File.Exists(full) && exception.Message.Contains("already exists", StringComparison.Ordinal)))
            return Texts.Text("FileAlreadyExists");
        return Texts.Format("FileSystemError", ("type", exception.GetType().Name), ("message", exception.Message));
    }

    internal static LocalizedText LineRefused(int line, LocalizedText reason) => Texts.Format(nameof(LineRefused), (nameof(line), line), (nameof(reason), reason));
}

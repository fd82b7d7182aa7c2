using KpiLang.Diagnostics;

namespace KpiLang.Sources;

/// <summary>
/// Why a file could not be read or written, in the user's language. .NET's own exception texts are English only
/// ("The file '…' already exists."), so the usual causes are recognised from the exception and the file system;
/// only a cause kpic does not know keeps .NET's text, after a Dutch sentence that says what happened.
/// </summary>
public static class FileErrorText
{
    // errno on Linux and macOS, Win32 error codes (in the low word of the HRESULT) on Windows.
    private const int UnixFileExists = 17, UnixDiskFull = 28, WindowsFileExists = 80, WindowsAlreadyExists = 183, WindowsDiskFull = 112;

    /// <param name="path">The file that was being read or written, when known: its state explains most failures.</param>
    public static LocalizedText Describe(Exception exception, string? path)
    {
        var full = path is null ? null : Path.GetFullPath(path);
        var folder = full is null ? null : Path.GetDirectoryName(full);
        var code = exception.HResult & 0xFFFF;
        if (full is not null && Directory.Exists(full))
            return new("dat is een map, geen bestand", "that is a folder, not a file");
        if (exception is DirectoryNotFoundException && folder is null)
            return new("een map bestaat niet", "a folder does not exist");
        if (exception is DirectoryNotFoundException || (folder is not null && !Directory.Exists(folder)))
            return new($"de map '{folder}' bestaat niet", $"the folder '{folder}' does not exist");
        if (exception is FileNotFoundException)
            return new("het bestand bestaat niet", "the file does not exist");
        if (exception is UnauthorizedAccessException)
            return new("geen toegang; controleer de rechten op het bestand en de map", "access denied; check the permissions of the file and the folder");
        if (exception is PathTooLongException)
            return new("het pad is te lang", "the path is too long");
        if (code is UnixDiskFull or WindowsDiskFull)
            return new("de schijf is vol", "the disk is full");
        if (code is UnixFileExists or WindowsFileExists or WindowsAlreadyExists
            || (full is not null && File.Exists(full) && exception.Message.Contains("already exists", StringComparison.Ordinal)))
            return new("er staat al een bestand met die naam (net gemaakt door iets anders?); probeer het opnieuw", "a file with that name already exists (just created by something else?); try again");
        return new($"het bestandssysteem meldt een fout ({exception.GetType().Name}: {exception.Message})", exception.Message.TrimEnd('.'));
    }
}

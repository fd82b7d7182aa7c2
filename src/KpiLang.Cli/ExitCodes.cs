namespace KpiLang.Cli;

/// <summary>What pipelines can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (and, under --warnaserror, no warnings).</summary>
    public const int Success = 0;

    /// <summary>The specification has errors, or warnings under --warnaserror.</summary>
    public const int Findings = 1;

    /// <summary>Wrong usage: unknown option, missing or unreadable path, invalid argument.</summary>
    public const int Usage = 2;

    /// <summary>The database was refused (newer schema, not a KpiLang database, damaged) or is unsafe to write.</summary>
    public const int DatabaseRefused = 3;

    /// <summary>A bug in kpic: an unexpected failure, reported in one line instead of a stack trace.</summary>
    public const int InternalError = 4;
}

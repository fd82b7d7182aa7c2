using KpiLang.Diagnostics;
using KpiLang.Sources;
using KpiLang.Schema;

namespace KpiLang.Cli.Commands;

/// <summary>Turns a refused database into its message and exit code, so every database command reports it alike.</summary>
internal static class DatabaseErrors
{
    public static int Run(Language language, TextWriter error, string path, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (DatabaseRefusedException e)
        {
            error.WriteLine(e.Text.Get(language));
            return e.IsUsageError ? ExitCodes.Usage : ExitCodes.DatabaseRefused;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(SchemaCliText.CannotWrite(path, FileErrorText.Describe(e, path)).Get(language));
            return ExitCodes.DatabaseRefused;
        }
    }
}

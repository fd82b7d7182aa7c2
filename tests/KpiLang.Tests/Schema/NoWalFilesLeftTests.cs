using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>The database is one file once kpic is done with it: no kpi.sqlite-wal or -shm beside it in the user's folder.</summary>
public sealed class NoWalFilesLeftTests
{
    [Fact]
    public void Build_report_and_status_leave_only_the_database_file()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        Assert.Equal(0, CliRunner.Run("report", "--db", database, "-o", Path.Combine(folder.Path, "rapport.html")).ExitCode);
        CliRunner.Run("status", "--db", database);
        Assert.False(File.Exists(database + "-wal"), "kpi.sqlite-wal left behind");
        Assert.False(File.Exists(database + "-shm"), "kpi.sqlite-shm left behind");
    }
}

namespace KpiLang.Tests.Cli;

/// <summary>
/// An import across folders (importeer "../gedeeld/actoren.kpi", as docs/taal.md shows) with one file checked from
/// inside its folder: KPL0202 says how to fix it, and --root (check, build, format) fixes it.
/// </summary>
public class WorkspaceRootTests
{
    private static (TempFolder Folder, string Spec) Neighbours()
    {
        var folder = new TempFolder();
        folder.Write("gedeeld/actoren.kpi", "actor wethouder \"Wethouder\" {\n    niveau: strategisch\n}\n");
        var spec = folder.Write("gemeente/spec.kpi", "importeer \"../gedeeld/actoren.kpi\"\n\ndoel a \"A\" {\n    eigenaar: wethouder\n}\n");
        return (folder, spec);
    }

    [Fact]
    public void Checking_one_file_says_to_check_the_parent_folder_or_give_root()
    {
        var (folder, spec) = Neighbours();
        using var _ = folder;
        var (code, output, _) = CliRunner.Run("check", spec);
        Assert.Equal(1, code);
        var gemeente = Path.Combine(folder.Path, "gemeente");
        Assert.Contains($"fout KPL0202: '../gedeeld/actoren.kpi' ligt buiten de werkmap {gemeente}; alleen bestanden binnen de werkmap worden gelezen. "
            + $"Controleer de map die beide bevat ('kpic check {folder.Path}'), of kies die als werkmap met '--root {folder.Path}' (in een editor: open die map).", output);
        Assert.Contains($"error KPL0202: '../gedeeld/actoren.kpi' lies outside the workspace {gemeente}; only files inside the workspace are read. "
            + $"Check the folder that holds both ('kpic check {folder.Path}'), or make it the workspace with '--root {folder.Path}' (in an editor: open that folder).",
            CliRunner.Run("check", spec, "--lang", "en").Output);
        Assert.Equal(0, CliRunner.Run("check", folder.Path).ExitCode);
    }

    [Fact]
    public void Root_lets_check_build_and_format_read_one_file_with_its_neighbours()
    {
        var (folder, spec) = Neighbours();
        using var _ = folder;
        var (code, output, _) = CliRunner.Run("check", spec, "--root", folder.Path);
        Assert.Equal(0, code);
        Assert.EndsWith("0 fouten, 0 waarschuwingen, 1 info in 2 bestanden.\n", output.ReplaceLineEndings("\n"));

        var database = Path.Combine(folder.Path, "kpi.sqlite");
        var build = CliRunner.Run("build", spec, "--root", folder.Path, "-o", database);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Equal("wethouder\n", Schema.SqliteShell.Query(database, "SELECT a.naam FROM doel d JOIN actor a ON a.id = d.eigenaar_id;"));

        Assert.Equal(0, CliRunner.Run("format", spec, "--root", folder.Path, "--check").ExitCode);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("format")]
    public void A_root_that_does_not_exist_or_leaves_an_input_outside_is_a_usage_error(string command)
    {
        var (folder, spec) = Neighbours();
        using var _ = folder;
        var missing = Path.Combine(folder.Path, "bestaat-niet");
        var (code, _, error) = CliRunner.Run(command, spec, "--root", missing);
        Assert.Equal(2, code);
        Assert.Equal($"kpic: de werkmap '{missing}' (--root) bestaat niet of is geen map.\n", error.ReplaceLineEndings("\n"));

        var gedeeld = Path.Combine(folder.Path, "gedeeld");
        var outside = CliRunner.Run(command, spec, "--root", gedeeld);
        Assert.Equal(2, outside.ExitCode);
        Assert.Equal($"kpic: '{spec}' ligt buiten de werkmap '{gedeeld}' (--root); kies een werkmap die alle bestanden bevat.\n", outside.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_documentation_page_says_how_to_fix_it()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostieken", "KPL0202.md"));
        Assert.Contains("kpic check ..", page);
        Assert.Contains("kpic check spec.kpi --root ..", page);
    }
}

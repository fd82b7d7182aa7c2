using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// `kpic check` reads only files inside the workspace: an import that climbs out, names an absolute path or
/// follows a symbolic link out is refused with a located finding, and the outside file is never read.
/// </summary>
public class WorkspaceEscapeTests
{
    [Theory]
    [InlineData("../../etc/passwd", "KPL0204")]          // not even a .kpi file
    [InlineData("../../../../../../etc/geheim.kpi", "KPL0202")]
    [InlineData("/etc/geheim.kpi", "KPL0202")]
    [InlineData("../buiten.kpi", "KPL0202")]
    public void An_import_outside_the_workspace_is_refused_with_its_position(string import, string code)
    {
        using var folder = new TempFolder();
        folder.Write("buiten.kpi", "actor geheim \"Buiten\" { niveau: tactisch }\n");
        var spec = folder.Write("werkmap/spec.kpi", $"importeer \"{import}\"\n\nactor a \"A\" {{ niveau: tactisch }}\n");
        var (code_, output, error) = CliRunner.Run("check", spec, "--root", Path.Combine(folder.Path, "werkmap"));
        Assert.Equal(1, code_);
        Assert.Contains($"spec.kpi(1,11)", output + error);
        Assert.Contains(code, output + error);
        Assert.DoesNotContain("geheim", (output + error).Replace(import, ""));
    }

    [Fact]
    public void A_symbolic_link_that_points_out_of_the_workspace_is_refused()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("buiten/geheim.kpi", "actor geheim \"Buiten\" { niveau: tactisch }\n");
        var spec = folder.Write("werkmap/spec.kpi", "importeer \"link.kpi\"\n\nactor a \"A\" { niveau: tactisch }\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "werkmap", "link.kpi"), outside);
        var (code, output, error) = CliRunner.Run("check", spec, "--root", Path.Combine(folder.Path, "werkmap"));
        Assert.Equal(1, code);
        Assert.Contains("spec.kpi(1,11)", output + error);
        Assert.Contains("KPL0202", output + error);
    }
}

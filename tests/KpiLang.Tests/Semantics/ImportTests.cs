using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Semantics;

public class ImportTests
{
    [Fact]
    public void Imported_actors_resolve_and_can_name_the_importers_goals()
    {
        var compilation = TestCompiler.Compile(
            ("spec.kpi", "importeer \"gedeeld/actoren.kpi\"\ndoel d \"D\" { eigenaar: bestuur }"),
            ("gedeeld/actoren.kpi", "actor bestuur \"Bestuur\" { beïnvloedt: d }"));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(1, compilation.SpecificationCount);
    }

    [Fact]
    public void Independent_specifications_do_not_clash_on_names()
    {
        var compilation = TestCompiler.Compile(
            ("resv.kpi", "actor stuurgroep \"Stuurgroep RESV\""),
            ("nijmegen.kpi", "actor stuurgroep \"Stuurgroep Nijmegen\""));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(2, compilation.SpecificationCount);
    }

    [Fact]
    public void A_name_from_an_unimported_file_suggests_the_import()
    {
        var compilation = TestCompiler.Compile(
            ("a.kpi", "indicator x \"X\" { bespreking: bestuur }"),
            ("lib/actoren.kpi", "actor bestuur \"Bestuur\""));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("KPL0110", diagnostic.Code);
        Assert.Contains("importeer \"lib/actoren.kpi\"", diagnostic.GetMessage());
    }

    [Fact]
    public void Missing_import_and_import_cycle_are_reported_at_the_directive()
    {
        var compilation = TestCompiler.Compile(
            ("a.kpi", "importeer \"b.kpi\"\nimporteer \"weg.kpi\""),
            ("b.kpi", "importeer \"a.kpi\""));
        Assert.Contains("KPL0201", compilation.Codes());
        Assert.Contains("KPL0203", compilation.Codes());
    }

    [Fact]
    public void Imports_outside_the_workspace_are_refused()
    {
        var compilation = TestCompiler.Compile(("a.kpi", "importeer \"../../etc/passwd.kpi\"\nimporteer \"/etc/x.kpi\""));
        Assert.Equal(["KPL0202", "KPL0202"], compilation.Codes());
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// What a reader of status and report must be able to see: told (qualitative) measurements, one line per breakdown
/// group, round axis ticks, units on values, the organisation, and what a hollow point means.
/// </summary>
public class ReportContentTests
{
    private static IDocument Report(string database, TempFolder folder, params string[] extra)
    {
        var html = Path.Combine(folder.Path, "rapport.html");
        var (code, output, error) = CliRunner.Run(["report", "--db", database, "-o", html, .. extra]);
        Assert.True(code == 0, output + error);
        return new HtmlParser().ParseDocument(File.ReadAllText(html));
    }

    [Fact]
    public void Status_shows_the_latest_text_of_a_qualitative_indicator_shortened()
    {
        var (folder, database) = StatusAndReportTests.MeasuredResv();
        using var _ = folder;
        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;uitsplitsing;tekst
            ervaren_samenhang;2025-07-01;2025-12-31;Noord;"Inwoners ervaren meer samenhang
            tussen wijkteam, huisarts en school; de wachttijd blijft een zorg"
            ervaren_samenhang;2025-07-01;2025-12-31;Zuid;Nog weinig verschil
            """);
        var (code, output, _) = CliRunner.Run("status", "--db", database);
        Assert.Equal(0, code);
        Assert.Contains("""
            Doel: Impact voor inwoners en cliënten
              status     indicator          laatste meting                                                                  nulmeting  streefwaarde
              ✎ verteld  ervaren_samenhang  "Inwoners ervaren meer samenhang tussen wijkteam,…" (Noord +1, t/m 2025-12-31)  —          —
            """.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
        Assert.Contains(", 1 verteld.", output);
        Assert.Matches("✎ told +ervaren_samenhang +\"Inwoners ervaren meer samenhang tussen wijkteam,…\" \\(Noord \\+1, to 2025-12-31\\)",
            CliRunner.Run("status", "--db", database, "--lang", "en").Output);
    }

    [Fact]
    public void The_report_shows_the_texts_of_every_period()
    {
        var (folder, database) = StatusAndReportTests.MeasuredResv();
        using var _ = folder;
        SchemaTestKit.Import(folder, database, "indicator;periode_begin;periode_eind;uitsplitsing;tekst;status\nervaren_samenhang;2025-07-01;2025-12-31;Zuid;Nog weinig verschil;voorlopig\n");
        var article = Report(database, folder).QuerySelector("article[data-indicator=ervaren_samenhang]")!;
        Assert.Equal("✎ verteld — laatste meting 2025-12-31", article.QuerySelector("p.status")!.TextContent);
        var rows = article.QuerySelectorAll("table.teksten tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["2025-01-01 – 2025-06-30 | Noord | Inwoners ervaren meer samenhang | definitief",
                      "2025-07-01 – 2025-12-31 | Zuid | Nog weinig verschil | voorlopig"], rows);
        Assert.Null(article.QuerySelector(".geen-metingen"));
    }

    [Fact]
    public void Each_breakdown_group_gets_its_own_line_with_a_legend()
    {
        var (folder, database) = StatusAndReportTests.MeasuredResv();
        using var _ = folder;
        var article = Report(database, folder).QuerySelector("article[data-indicator=aantal_overleggen]")!;
        var lines = article.QuerySelectorAll("svg.grafiek polyline.metingen").ToList();
        Assert.Equal(["Noord", "Zuid"], lines.Select(l => l.GetAttribute("data-reeks")));
        // Noord measured 4 and 8, Zuid 2 and 6: two lines, not one averaged line through 3 and 7.
        Assert.Equal(["Noord, 2024-01-01 – 2024-06-30: 4 overleggen", "Noord, 2024-01-01 – 2024-12-31: 8 overleggen",
                      "Zuid, 2024-01-01 – 2024-06-30: 2 overleggen", "Zuid, 2024-01-01 – 2024-12-31: 6 overleggen"],
            article.QuerySelectorAll("circle.meting title").Select(t => t.TextContent));
        Assert.Equal(["Noord", "Zuid", "definitief", "voorlopig", "nulmeting", "streefwaarde"],
            article.QuerySelectorAll("ul.legenda li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void Axis_ticks_are_round_and_a_score_runs_over_its_scale()
    {
        var (folder, database) = StatusAndReportTests.MeasuredResv();
        using var _ = folder;
        var document = Report(database, folder);
        // waardering_overleggen is a score 1..10 measured at 7,2 with target 7,5: the axis runs 0 to 10, never 0 to 8,1.
        Assert.Equal(["0", "2", "4", "6", "8", "10"],
            document.QuerySelectorAll("article[data-indicator=waardering_overleggen] text.as-label").Select(t => t.TextContent).SkipLast(2));
        // A count names its unit once above the axis.
        var counts = document.QuerySelector("article[data-indicator=aantal_overleggen]")!;
        Assert.Equal(["0", "2", "4", "6", "8", "10"], counts.QuerySelectorAll("text.as-label").Select(t => t.TextContent).SkipLast(2));
        Assert.Equal("overleggen", counts.QuerySelector("text.as-eenheid")!.TextContent);
    }

    [Fact]
    public void Values_carry_their_unit_and_the_title_names_the_organisation()
    {
        var (folder, database) = SchemaTestKit.BuildSample("nijmegen");
        using var _ = folder;
        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;waarde;status;opmerking
            slagingspercentage_minnelijk;2024-01-01;2024-12-31;92,5;definitief;
            slagingspercentage_minnelijk;2025-01-01;2025-06-30;93,1;voorlopig;halfjaarcijfer
            """);
        var document = Report(database, folder);
        Assert.Equal("KPI-rapport — Gemeente Nijmegen", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("KPI-rapport — Gemeente Nijmegen", document.Title);
        var article = document.QuerySelector("article[data-indicator=slagingspercentage_minnelijk]")!;
        Assert.Equal("✘ achter — laatste meting 93,1 % (2025-06-30); nulmeting 91 %; streefwaarde minimaal 95 %",
            article.QuerySelector("p.status")!.TextContent);
        Assert.Equal(["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"], article.QuerySelectorAll("text.as-label").Select(t => t.TextContent).SkipLast(2));
        Assert.Equal(["totaal, 2024-01-01 – 2024-12-31: 92,5 %", "totaal, 2025-01-01 – 2025-06-30: 93,1 % (voorlopig) — halfjaarcijfer"],
            article.QuerySelectorAll("circle.meting title").Select(t => t.TextContent));
        Assert.Equal("nulmeting 91 %", article.QuerySelector("line.nulmeting title")!.TextContent);
        // The hollow point is the provisional one, and the legend says so.
        Assert.Equal("fill:#fff;stroke:#1f5fbf", article.QuerySelector("circle.meting.voorlopig")!.GetAttribute("style"));
        Assert.Contains(article.QuerySelectorAll("ul.legenda li"), li => li.TextContent.Trim() == "voorlopig"
            && li.QuerySelector("circle")!.GetAttribute("style")!.StartsWith("fill:#fff", StringComparison.Ordinal));
        Assert.Equal("2025-06-30: halfjaarcijfer", article.QuerySelector("ul.opmerkingen li")!.TextContent);

        var english = Report(database, folder, "--lang", "en");
        Assert.Equal("KPI report — Gemeente Nijmegen", english.QuerySelector("h1")!.TextContent);
        Assert.Contains("latest measurement 93.1 % (2025-06-30)", english.QuerySelector("article[data-indicator=slagingspercentage_minnelijk] p.status")!.TextContent);
    }
}

using System.Diagnostics;
using AngleSharp.Html.Parser;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

public class StatusAndReportTests
{
    // RESV: aantal_overleggen (baseline 4 on 2024-01-01, target ≥ 10 by 2024-12-31) ends 2024 at 7: behind.
    // waardering_overleggen (baseline 6.8 on 2025-03-01, target ≥ 7.5 by 2026-12-31) at 7.2 mid-2025: on track.
    // ervaren_vertrouwen (≥ 7 by 2026-12-31) already at 7.1: on track (target met). ervaren_samenhang: qualitative.
    private const string Measurements = """
        indicator;periode_begin;periode_eind;uitsplitsing;waarde;tekst
        aantal_overleggen;2024-01-01;2024-06-30;Noord;4;
        aantal_overleggen;2024-01-01;2024-06-30;Zuid;2;
        aantal_overleggen;2024-01-01;2024-12-31;Noord;8;
        aantal_overleggen;2024-01-01;2024-12-31;Zuid;6;
        waardering_overleggen;2025-01-01;2025-06-30;;7,2;
        ervaren_vertrouwen;2025-01-01;2025-06-30;;7,1;
        ervaren_samenhang;2025-01-01;2025-06-30;Noord;;Inwoners ervaren meer samenhang
        """;

    internal static (TempFolder Folder, string Database) MeasuredResv()
    {
        var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "resv");
        var database = Path.Combine(folder.Path, "resv.sqlite");
        SchemaTestKit.Build(spec, database);
        SchemaTestKit.Import(folder, database, Measurements);
        return (folder, database);
    }

    [Fact]
    public void The_status_view_judges_each_indicator_from_direction_and_deadline()
    {
        var (folder, database) = MeasuredResv();
        using var _ = folder;
        var status = SchemaTestKit.Query(database, "SELECT indicator, status, laatste_waarde FROM indicator_status")
            .ToDictionary(r => (string)r[0]!, r => (Status: (string)r[1]!, Latest: r[2]));
        Assert.Equal(("achter", (object?)7.0), status["aantal_overleggen"]);
        Assert.Equal("op koers", status["waardering_overleggen"].Status);
        Assert.Equal("op koers", status["ervaren_vertrouwen"].Status);
        Assert.Equal("geen data", status["opgehaalde_ervaringen"].Status);
        Assert.Equal("geen data", status["ervaren_samenhang"].Status); // qualitative: told, not counted
    }

    [Fact]
    public void Falling_behind_the_line_from_baseline_to_target_is_behind_before_the_deadline()
    {
        var (folder, database) = MeasuredResv();
        using var _ = folder;
        // 6.5 in mid-2025 is below the baseline 6.8, so below any line towards 7.5 in 2026: behind, although not late.
        SchemaTestKit.Import(folder, database, "indicator;periode_begin;periode_eind;waarde\nwaardering_overleggen;2025-07-01;2025-09-30;6,5\n");
        Assert.Equal("achter", SchemaTestKit.Scalar(database, "SELECT status FROM indicator_status WHERE indicator = 'waardering_overleggen'"));
    }

    [Fact]
    public void Owners_agenda_and_overdue_views_answer_their_questions()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", """
            actor stuurgroep "Stuurgroep" { niveau: strategisch }
            doel d "Doel" {
              indicator zonder "Zonder eigenaar" {
                laag: activiteit
                soort: aantal
                frequentie: maandelijks
                bespreking: stuurgroep driemaandelijks
              }
            }
            """);
        var database = Path.Combine(folder.Path, "meet.sqlite");
        Assert.Equal(0, CliRunner.Run("build", folder.Path, "-o", database).ExitCode);
        Assert.Equal("zonder", SchemaTestKit.Scalar(database, "SELECT indicator FROM indicator_zonder_eigenaar"));
        var agenda = SchemaTestKit.Query(database, "SELECT actor, rol, onderwerp, keer_per_jaar, volgende_keer > date('now') FROM agenda").Single();
        Assert.Equal(["stuurgroep", "bespreking", "zonder", 4.0, 1L], agenda);
        SchemaTestKit.Import(folder, database, "indicator,periode_begin,periode_eind,waarde\nzonder,2020-01-01,2020-01-31,3\n");
        var overdue = SchemaTestKit.Query(database, "SELECT indicator, laatste_periode_eind, verwacht_uiterlijk FROM achterstallige_meting").Single();
        Assert.Equal(["zonder", "2020-01-31", "2020-02-29"], overdue);
    }

    [Fact]
    public void Status_prints_a_table_per_goal_with_markers_in_dutch_and_english()
    {
        var (folder, database) = MeasuredResv();
        using var _ = folder;
        var (code, output, error) = CliRunner.Run("status", "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("Doel: Samenwerking en onderling vertrouwen in wijkverbanden", output);
        Assert.Matches(@"✘ achter\s+aantal_overleggen\s+7 overleggen \(t/m 2024-12-31\)\s+4 overleggen", output);
        Assert.Matches(@"✔ op koers\s+waardering_overleggen\s+7,2 ", output);
        Assert.Matches(@"· geen data\s+opgehaalde_ervaringen", output);
        Assert.Contains("2 op koers, 1 achter", output);

        var (_, english, _) = CliRunner.Run("status", "--db", database, "--lang", "en");
        Assert.Contains("Goal: Samenwerking", english);
        Assert.Matches(@"✔ on track\s+waardering_overleggen\s+7\.2 ", english);
        Assert.Contains("latest measurement", english);
    }

    [Fact]
    public void The_report_is_one_self_contained_page_with_a_chart_per_measured_indicator()
    {
        var (folder, database) = MeasuredResv();
        using var _ = folder;
        var html = Path.Combine(folder.Path, "rapport.html");
        var (code, output, error) = CliRunner.Run("report", "--db", database, "-o", html);
        Assert.True(code == 0, output + error);
        Assert.Contains("3 grafieken", output);

        var document = new HtmlParser().ParseDocument(File.ReadAllText(html));
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        var charts = document.QuerySelectorAll("svg.grafiek");
        Assert.Equal(3, charts.Length);
        var measured = charts.Select(c => c.Closest("article")!.GetAttribute("data-indicator")!).Order().ToArray();
        Assert.Equal(["aantal_overleggen", "ervaren_vertrouwen", "waardering_overleggen"], measured);
        // aantal_overleggen: two periods for each of two wijken, a baseline line, a target line with its deadline.
        var chart = document.QuerySelector("article[data-indicator=aantal_overleggen] svg")!;
        Assert.Equal(4, chart.QuerySelectorAll("circle.meting").Length);
        Assert.NotNull(chart.QuerySelector("line.nulmeting"));
        Assert.NotNull(chart.QuerySelector("line.streefwaarde"));
        Assert.NotNull(chart.QuerySelector("path.deadline"));
        // Grouped by goal, and nothing loaded from a network.
        Assert.Contains(document.QuerySelectorAll("h2"), h => h.TextContent == "Doel: Samenwerking en onderling vertrouwen in wijkverbanden");
        Assert.Empty(document.QuerySelectorAll("script[src], link[href], img[src], iframe"));
        Assert.Equal("Nog geen metingen.", document.QuerySelector("article[data-indicator=opgehaalde_ervaringen] .geen-metingen")!.TextContent);

        CliRunner.Run("report", "--db", database, "-o", html, "--lang", "en");
        var english = new HtmlParser().ParseDocument(File.ReadAllText(html));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("KPI report — RESV", english.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_report_renders_in_headless_chromium_when_it_is_installed()
    {
        var chromium = new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        if (chromium is null) return; // Debian chromium is optional on CI; the AngleSharp test above always runs
        var (folder, database) = MeasuredResv();
        using var _ = folder;
        var html = Path.Combine(folder.Path, "rapport.html");
        Assert.Equal(0, CliRunner.Run("report", "--db", database, "-o", html).ExitCode);
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(html).AbsoluteUri }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var document = new HtmlParser().ParseDocument(dom);
        Assert.Equal(3, document.QuerySelectorAll("svg.grafiek").Length);
    }
}

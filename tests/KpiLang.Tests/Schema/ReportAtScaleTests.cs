using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KpiLang.Generator;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// A report never draws a point per measurement: measurements of one breakdown group in one reporting period of the
/// indicator (a month for a monthly one) become one point, their average; texts and remarks show the latest ones.
/// A specification of hundreds of indicators gets an overview table per goal with a trend line per indicator.
/// </summary>
public class ReportAtScaleTests
{
    private static IDocument Report(string database, TempFolder folder)
    {
        var html = Path.Combine(folder.Path, "rapport.html");
        var (code, output, error) = CliRunner.Run("report", "--db", database, "-o", html);
        Assert.True(code == 0, output + error);
        return new HtmlParser().ParseDocument(File.ReadAllText(html));
    }

    /// <summary>A row per day from <paramref name="first"/> for <paramref name="days"/> days, per group.</summary>
    private static string Daily(string indicator, DateOnly first, int days, params string[] groups)
    {
        var csv = new StringBuilder("indicator;periode_begin;periode_eind;uitsplitsing;waarde\n");
        for (var d = 0; d < days; d++)
            foreach (var group in groups)
            {
                var day = first.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                csv.Append(CultureInfo.InvariantCulture, $"{indicator};{day};{day};{group};{(group == "Noord" ? 4 : 8) + d % 3}\n");
            }
        return csv.ToString();
    }

    [Fact]
    public void Daily_measurements_of_a_monthly_indicator_make_one_point_per_month_and_group()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        // aantal_overleggen is measured monthly (frequentie: maandelijks); 91 days of 2024 for two wijken.
        SchemaTestKit.Import(folder, database, Daily("aantal_overleggen", new DateOnly(2024, 1, 1), 91, "Noord", "Zuid"));

        var chart = Report(database, folder).QuerySelector("article[data-indicator=aantal_overleggen] svg.grafiek")!;

        Assert.Equal(2, chart.QuerySelectorAll("polyline.metingen").Length);
        var titles = chart.QuerySelectorAll("circle.meting title").Select(t => t.TextContent).ToList();
        Assert.Equal(6, titles.Count);
        // January 2024 for Noord: 31 days of 4, 5, 6, 4, 5, … — their average, with the month as the period.
        Assert.Contains("Noord, 2024-01-01 – 2024-01-31: 4,97 overleggen (gemiddelde van 31 metingen)", titles);
        Assert.Contains("Zuid, 2024-02-01 – 2024-02-29: 9,03 overleggen (gemiddelde van 29 metingen)", titles);
    }

    [Fact]
    public void Texts_and_remarks_show_the_latest_ten_and_say_how_many_came_before()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var csv = new StringBuilder("indicator;periode_begin;periode_eind;uitsplitsing;tekst\n");
        for (var month = 1; month <= 12; month++)
            csv.Append(CultureInfo.InvariantCulture, $"ervaren_samenhang;2024-{month:00}-01;2024-{month:00}-28;;verhaal {month}\n");
        SchemaTestKit.Import(folder, database, csv.ToString());

        var rows = Report(database, folder).QuerySelectorAll("article[data-indicator=ervaren_samenhang] table.teksten tbody tr")
            .Select(r => r.TextContent).ToList();

        Assert.Equal(11, rows.Count);
        Assert.Equal("… en 2 eerdere", rows[0]);
        Assert.Contains("verhaal 3", rows[1]);
        Assert.Contains("verhaal 12", rows[^1]);
    }

    [Fact]
    public void Hundreds_of_indicators_get_an_overview_per_goal_with_one_trend_point_per_period()
    {
        using var folder = new TempFolder();
        var workspace = SpecificationGenerator.Generate(14_000, seed: 3);
        workspace.WriteTo(folder.Path);
        var database = Path.Combine(folder.Path, "meet.sqlite");
        Assert.Equal(0, CliRunner.Run("build", folder.Path, "-o", database).ExitCode);
        var indicators = SchemaTestKit.Query(database, "SELECT sleutel, keer_per_jaar FROM indicator WHERE actief = 1")
            .Select(r => (Key: (string)r[0]!, TimesPerYear: (double)r[1]!)).ToList();
        Assert.True(indicators.Count >= KpiLang.Schema.Report.HtmlReport.OverviewFrom, $"{indicators.Count} indicators");
        // 180 days of 2024 for every indicator (they have no breakdown): a monthly one gets 6 points, a yearly one 1.
        var csv = new StringBuilder("indicator;periode_begin;periode_eind;uitsplitsing;waarde\n");
        foreach (var (key, _) in indicators)
            for (var d = 0; d < 180; d++)
                csv.Append(CultureInfo.InvariantCulture, $"{key};{new DateOnly(2024, 1, 1).AddDays(d):yyyy-MM-dd};{new DateOnly(2024, 1, 1).AddDays(d):yyyy-MM-dd};;{1 + d % 5}\n");
        SchemaTestKit.Import(folder, database, csv.ToString());

        var report = Report(database, folder);

        Assert.Empty(report.QuerySelectorAll("svg.grafiek"));
        Assert.Equal(indicators.Count, report.QuerySelectorAll("table.overzicht tbody tr").Length);
        foreach (var (key, timesPerYear) in indicators)
        {
            var lines = report.QuerySelector($"tr[data-indicator={key}]")!.QuerySelectorAll("svg.verloop polyline").ToList();
            Assert.Single(lines);
            var periods = (int)Math.Ceiling(6 * timesPerYear / 12); // the half year 2024-01-01..2024-06-29 in periods
            Assert.All(lines, line => Assert.Equal(periods, line.GetAttribute("points")!.Split(' ').Length));
        }
        // Under a kilobyte per indicator: 4,000 indicators with a million measurements stay well under 5 MB.
        Assert.True(new FileInfo(Path.Combine(folder.Path, "rapport.html")).Length < 1024 * indicators.Count, "under a kilobyte per indicator");
    }
}

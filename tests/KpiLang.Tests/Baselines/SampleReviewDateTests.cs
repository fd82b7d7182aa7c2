using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Baselines;

/// <summary>
/// The samples' review dates ('herijking: … volgende &lt;datum&gt;') run out with the real calendar: on 2026-12-01 they
/// did, and 'kpic check samples' showed KPI132 warnings that a new user reads as broken samples. These tests use
/// the real today, not the fixed one of the baselines, so a maintainer is told half a year before a date lapses.
/// </summary>
public partial class SampleReviewDateTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [GeneratedRegex(@"herijking:[^\n]*?\bvolgende\s+(\d{4}-\d{2}-\d{2})")]
    private static partial Regex NextReview();

    /// <summary>Every .kpi file of samples/ and the README's tour, which a new user copies.</summary>
    private static IEnumerable<(string Name, string Text)> Sources() =>
        Directory.EnumerateFiles(Repository.Samples, "*.kpi", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .Append(("README.md", File.ReadAllText(Path.Combine(Repository.Root, "README.md"))));

    [Fact]
    public void Every_next_review_date_is_at_least_six_months_away()
    {
        var dates = Sources().SelectMany(source => NextReview().Matches(source.Text).Select(m => (
            Where: $"{source.Name}:{1 + source.Text.AsSpan(0, m.Index).Count('\n')}",
            Date: DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd")))).ToList();
        Assert.True(dates.Count >= 40, $"only {dates.Count} review dates found: has the 'herijking' syntax changed?");
        var soon = dates.Where(d => d.Date < Today.AddMonths(6)).Select(d => $"{d.Where}: volgende {d.Date:yyyy-MM-dd}").ToList();
        Assert.True(soon.Count == 0,
            $"{soon.Count} review dates in the samples are less than six months after today ({Today:yyyy-MM-dd}); 'kpic check samples' will warn "
            + "(KPI132) once they pass. Move them a year on (the cycles are yearly), update the baselines with KPI_UPDATE_BASELINES=1 ./test.sh "
            + "and review the diff:\n" + string.Join('\n', soon));
    }

    [Fact]
    public void Checking_the_samples_today_shows_no_lapsed_review()
    {
        var (code, output, _) = CliRunner.Run("check", Repository.Samples);
        Assert.Equal(0, code);
        Assert.DoesNotContain("KPI132", output);
    }
}

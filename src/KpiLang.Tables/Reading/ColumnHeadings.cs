using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiLang.Tables.Reading;

/// <summary>
/// What each heading of an indicator table means. Headings are Dutch, in any order, matched case-insensitively after
/// trimming. A known heading that comes twice is read once: the first column holds it, the other is kept in
/// toelichting like any unknown column, so nothing the table says is dropped or silently merged.
/// </summary>
public static partial class ColumnHeadings
{
    private static readonly Dictionary<string, ColumnRole> Known = new(StringComparer.Ordinal)
    {
        ["indicator"] = ColumnRole.Indicator,
        ["definitie"] = ColumnRole.Definition,
        ["soort"] = ColumnRole.Kind,
        ["eenheid"] = ColumnRole.Unit,
        ["nulmeting"] = ColumnRole.Baseline,
        ["streefwaarde"] = ColumnRole.Target,
        ["periode"] = ColumnRole.Term,
        ["jaar"] = ColumnRole.Term,
        ["eigenaar"] = ColumnRole.Owner,
        ["bron"] = ColumnRole.Source,
        ["doel"] = ColumnRole.Goal,
        ["opmerking"] = ColumnRole.Remark,
        ["code"] = ColumnRole.Code,
    };

    public static ImmutableArray<TableColumn> Classify(IReadOnlyList<string> headings)
    {
        var taken = new HashSet<ColumnRole>();
        var columns = ImmutableArray.CreateBuilder<TableColumn>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i].Trim();
            var (role, year) = Meaning(heading);
            // Columns with a year may repeat (streefwaarde 2025, streefwaarde 2026); the others are read once.
            if (year is null && role != ColumnRole.Other && !taken.Add(role)) role = ColumnRole.Other;
            columns.Add(new TableColumn(i, heading, role, year));
        }
        return columns.MoveToImmutable();
    }

    private static (ColumnRole Role, int? Year) Meaning(string heading)
    {
        var key = Whitespace().Replace(heading.ToLowerInvariant(), " ");
        if (Known.TryGetValue(key, out var role)) return (role, null);
        if (TargetWithYear().Match(key) is { Success: true } target) return (ColumnRole.Target, Year(target));
        if (ForecastWithYear().Match(key) is { Success: true } forecast) return (ColumnRole.Forecast, Year(forecast));
        return (ColumnRole.Other, null);
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    // The headings published tables give a target column (corpus README, convention 2): the year is its term.
    [GeneratedRegex(@"^(streefwaarden?|doel|doelstelling|ambitie) (?<year>(19|20|21)\d\d)$")]
    private static partial Regex TargetWithYear();

    // A forecast is not a target: it becomes 'raming:' and is never judged against.
    [GeneratedRegex(@"^(begroting|begroot|raming|prognose|verwachting) (?<year>(19|20|21)\d\d)$")]
    private static partial Regex ForecastWithYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Data.Common;

namespace KpiLang.Schema.Import;

/// <summary>What the database says about an indicator, enough to judge a measurement of it.</summary>
internal sealed record IndicatorProfile(
    long Id,
    string Key,
    string? Kind,
    double? ScaleMin,
    double? ScaleMax,
    string? Unit,
    bool Active,
    IReadOnlySet<string> Dimensions,
    double? RateBase = null,
    string? RatePopulation = null)
{
    /// <summary>"per 1.000 inwoners": a count or amount per a number of a population.</summary>
    public bool IsRate => RateBase is not null;

    /// <summary>The providers that deliver the indicator ('aanbieders:'), by name; empty when the region does.</summary>
    public IReadOnlySet<string> Providers { get; init; } = new HashSet<string>();

    public static Dictionary<string, IndicatorProfile> Load(DbConnection connection, DbTransaction? transaction)
    {
        var providers = new Dictionary<long, HashSet<string>>();
        using (var command = connection.Command(
                   "SELECT l.indicator_id, a.naam FROM indicator_aanbieder l JOIN actor a ON a.id = l.actor_id", transaction))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (!providers.TryGetValue(reader.GetInt64(0), out var set)) providers[reader.GetInt64(0)] = set = new(StringComparer.Ordinal);
                set.Add(reader.GetString(1));
            }

        var dimensions = new Dictionary<long, HashSet<string>>();
        using (var command = connection.Command("SELECT indicator_id, dimensie FROM uitsplitsing", transaction))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (!dimensions.TryGetValue(reader.GetInt64(0), out var set)) dimensions[reader.GetInt64(0)] = set = new(StringComparer.OrdinalIgnoreCase);
                set.Add(reader.GetString(1));
            }

        var profiles = new Dictionary<string, IndicatorProfile>(StringComparer.Ordinal);
        using (var command = connection.Command(
                   "SELECT id, sleutel, soort, schaal_min, schaal_max, eenheid, actief, per_aantal, per_populatie FROM indicator", transaction))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                profiles[reader.GetString(1)] = new IndicatorProfile(id, reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetDouble(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) == 1,
                    dimensions.GetValueOrDefault(id) ?? (IReadOnlySet<string>)new HashSet<string>(),
                    reader.IsDBNull(7) ? null : reader.GetDouble(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8))
                {
                    Providers = providers.GetValueOrDefault(id) ?? (IReadOnlySet<string>)new HashSet<string>(),
                };
            }
        return profiles;
    }
}

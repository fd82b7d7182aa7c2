using System.Data.Common;

namespace KpiLang.Schema.Import;

/// <summary>
/// The providers (actors of kind 'aanbieder') a database knows, found by name or by title: a CSV file may write
/// 'samen_sterk' or 'Samen Sterk', and a breakdown 'aanbieder=Samen Sterk' names one too. Every measurement stores the
/// provider's name, which a rebuild keeps (actor ids are not kept).
/// </summary>
internal sealed class ProviderDirectory
{
    /// <summary>The breakdown dimension whose values are providers ('uitsplitsing: aanbieder').</summary>
    public const string Dimension = "aanbieder";

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTitle = new(StringComparer.OrdinalIgnoreCase);

    public static ProviderDirectory Load(DbConnection connection, DbTransaction? transaction)
    {
        var directory = new ProviderDirectory();
        using var command = connection.Command("SELECT naam, titel FROM actor WHERE soort = 'aanbieder'", transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            directory._byName[reader.GetString(0)] = reader.GetString(0);
            directory._byTitle.TryAdd(reader.GetString(1), reader.GetString(0));
        }
        return directory;
    }

    /// <summary>The provider's name for a name or title as written; null when there is no such provider.</summary>
    public string? Find(string written) =>
        _byName.TryGetValue(written, out var name) || _byTitle.TryGetValue(written, out name) ? name : null;

    /// <summary>The provider a breakdown names ('aanbieder=Samen Sterk'), or null.</summary>
    public string? InBreakdown(string breakdown)
    {
        foreach (var part in breakdown.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (part.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                && string.Equals(part[..equals].Trim(), Dimension, StringComparison.OrdinalIgnoreCase))
                return Find(part[(equals + 1)..].Trim());
        return null;
    }

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);
}

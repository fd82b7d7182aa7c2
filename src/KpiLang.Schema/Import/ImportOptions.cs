using KpiLang.Text;

namespace KpiLang.Schema.Import;

/// <summary>
/// How a CSV file is imported. <see cref="Today"/> is the user's date (periods that start after it are refused);
/// <see cref="EnteredAt"/> is stored with every row. Numbers are read in <see cref="Notation"/>: Dutch unless the file
/// says otherwise through the command line (<c>--getallen en</c>), never guessed per value.
/// </summary>
public sealed record ImportOptions(DateTimeOffset EnteredAt, DateOnly Today)
{
    public NumberNotation Notation { get; init; } = NumberNotation.Dutch;

    /// <summary>
    /// Corrections (<c>--corrigeer</c>): every row replaces an existing measurement instead of adding one; the
    /// previous version is kept in 'meting_correctie'.
    /// </summary>
    public bool Correct { get; init; }

    /// <summary>Who corrects, when a row leaves 'ingevoerd_door' empty: a correction always says who made it.</summary>
    public string? CorrectedBy { get; init; }

    /// <summary>
    /// The providers whose rows the importing role may write, when it is a provider's role on PostgreSQL (set by the
    /// import from the server's roles); null when it may write every row. The server's row-level security refuses the
    /// rest anyway; this names each line instead.
    /// </summary>
    public IReadOnlySet<string>? OwnProviders { get; init; }

    /// <summary>Only for tests that kill an import part-way: called after the rows are in, before the commit.</summary>
    public Action? BeforeCommit { get; init; }

    /// <summary>For tests and benchmarks: the options of an import on the day of <paramref name="enteredAt"/> (UTC).</summary>
    public static ImportOptions At(DateTimeOffset enteredAt) => new(enteredAt, DateOnly.FromDateTime(enteredAt.UtcDateTime));
}

namespace KpiLang.Schema.Dialects;

/// <summary>
/// SQLite: every placeholder renders to exactly what the migrations said before they had placeholders, so a database
/// built today has the same schema text as one built before PostgreSQL came (a test compares the bytes).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override string BlockName => "sqlite";

    public override string CountTables(string? name) =>
        "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'" + (name is null ? "" : $" AND name = '{name}'");

    public override string Render(string name, string? raw, IReadOnlyList<string> arguments) => name switch
    {
        Placeholders.Id => "INTEGER PRIMARY KEY",
        Placeholders.Real => "REAL",
        Placeholders.WithoutRowId => " WITHOUT ROWID",
        Placeholders.DateValid => $"date({arguments[0]}) = {arguments[0]}",
        Placeholders.OneOf => string.Join(" + ", arguments.Select(a => $"({a} IS NOT NULL)")) + " = 1",
        Placeholders.Date => $"date({raw})",
        Placeholders.JulianDay => $"julianday({raw})",
        Placeholders.Strftime => $"strftime({raw})",
        Placeholders.Integer => "INTEGER",
        Placeholders.CastInteger => $"CAST({raw} AS INTEGER)",
        Placeholders.Greatest => $"MAX({raw})",
        Placeholders.CrossJoin => "CROSS JOIN",
        // SQLite takes a bare column of the one row per group as it is, and keeps the plan it has for it.
        Placeholders.AlsoGrouped => "",
        Placeholders.RedefineView => $"DROP VIEW {raw};\nCREATE VIEW {raw}",
        _ => throw new ArgumentException($"Unknown placeholder {{{{{name}}}}} in a migration.", nameof(name)),
    };
}

using System.Globalization;
using KpiLang.Schema.Import;
using KpiLang.Schema.Security;
using Npgsql;
using NpgsqlTypes;

namespace KpiLang.Schema.Postgres;

/// <summary>
/// Loads validated measurements into PostgreSQL in one transaction: the rows go into a temporary table by binary
/// COPY, then into 'meting' with one INSERT that skips what the database already holds and names those lines. Many
/// imports may run at once (one per provider): each sees only committed rows, the unique key (indicator, period,
/// breakdown, provider) lets exactly one of two equal rows in, and an import that dies before its commit leaves
/// nothing, because the server rolls back a transaction whose connection is gone.
/// </summary>
internal static class PostgresImport
{
    private const string Columns =
        "indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder, waarde, teller, noemer, tekst, bron, status, ingevoerd_door, opmerking";

    public static ImportResult Import(string csvText, PostgresAddress server, ImportOptions options)
    {
        using var connection = PostgresDatabase.OpenForReading(server);
        try
        {
            using var transaction = connection.BeginTransaction();
            options = options with { OwnProviders = ProviderRoles.OwnProviders(connection, transaction) };
            var errors = new List<ImportError>();
            var (rows, otherNotation) = MeasurementImporter.ValidateAndSort(connection, transaction, csvText, options, errors);
            var unchanged = options.Correct
                ? new MeasurementCorrector(connection, transaction, options).Correct(rows, errors)
                : Insert(connection, transaction, rows, options.EnteredAt, errors);
            return MeasurementImporter.Finish(transaction, rows.Count, unchanged, otherNotation, errors, options);
        }
        catch (NpgsqlException e)
        {
            throw PostgresDatabase.Refused(server, e);
        }
    }

    /// <summary>Inserts the rows; each that meets an existing measurement is an error naming its line. Returns 0 (nothing unchanged).</summary>
    private static int Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Measurement> rows, DateTimeOffset enteredAt,
        List<ImportError> errors)
    {
        if (rows.Count == 0) return 0;
        connection.Execute($"""
            CREATE TEMPORARY TABLE meting_import (
                regel integer, indicator_id bigint, periode_begin text, periode_eind text, uitsplitsing text, aanbieder text,
                waarde double precision, teller double precision, noemer double precision, tekst text, bron text, status text,
                ingevoerd_door text, opmerking text) ON COMMIT DROP
            """, transaction);
        using (var copy = connection.BeginBinaryImport($"COPY meting_import (regel, {Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                copy.StartRow();
                copy.Write(row.Line, NpgsqlDbType.Integer);
                copy.Write(row.IndicatorId, NpgsqlDbType.Bigint);
                foreach (var text in new[] { row.PeriodStart, row.PeriodEnd, row.Breakdown, row.Provider }) copy.Write(text, NpgsqlDbType.Text);
                foreach (var number in new[] { row.Value, row.Numerator, row.Denominator }) Nullable(copy, number);
                foreach (var text in new[] { row.Text, row.Source, row.Status, row.EnteredBy, row.Comment }) Nullable(copy, text);
            }
            copy.Complete();
        }
        // The lines that did not go in: those whose key the database already had (committed before this statement,
        // or by an import that committed while this one waited on the same key).
        using var insert = connection.Command($"""
            WITH nieuw AS (
                INSERT INTO meting ({Columns}, ingevoerd_op)
                SELECT {Columns}, @op FROM meting_import ORDER BY indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder
                ON CONFLICT (indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder) DO NOTHING
                RETURNING indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder)
            SELECT t.regel FROM meting_import t
            WHERE NOT EXISTS (SELECT 1 FROM nieuw n WHERE n.indicator_id = t.indicator_id AND n.periode_begin = t.periode_begin
                              AND n.periode_eind = t.periode_eind AND n.uitsplitsing = t.uitsplitsing AND n.aanbieder = t.aanbieder)
            """, transaction);
        insert.With("@op", enteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        using var reader = insert.ExecuteReader();
        while (reader.Read()) errors.Add(new ImportError(reader.GetInt32(0), ImportText.DuplicateInDatabase));
        return 0;
    }

    private static void Nullable(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } number) copy.Write(number, NpgsqlDbType.Double);
        else copy.WriteNull();
    }

    private static void Nullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is not null) copy.Write(value, NpgsqlDbType.Text);
        else copy.WriteNull();
    }
}

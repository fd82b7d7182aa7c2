using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KpiLang.Schema;
using KpiLang.Schema.Dialects;

namespace KpiLang.Tests.Schema;

/// <summary>
/// One schema definition for two engines: the migrations are written once, and SQLite and PostgreSQL renderings may
/// differ only where a placeholder or an engine's own block stands. SQLite's rendering of the migrations that
/// shipped before PostgreSQL is byte for byte what they were, so no SQLite database changes by the seam.
/// </summary>
public partial class DialectSeamTests
{
    /// <summary>SHA-256 of migrations 001-006 as they shipped (git 0f323e6), before they had placeholders.</summary>
    private static readonly Dictionary<int, string> ShippedSqlite = new()
    {
        [1] = "1e9134a6bb1b7ce7960abc95c540c183c814fdbae77fd76d4b0c838dddbcc9bb",
        [2] = "da3aeade3837beeee1709c9b6611a3274e3579e26d6afee223dc7402f8067aa7",
        [3] = "0428370ccf95f93ab1cf708dbcc925a08dce8288e403d6cf5921450a88b840be",
        [4] = "b0e73866a52b68bad925fb2a18b80d05de6c75c7ad1bb826d1ab7bf93f08c162",
        [5] = "92558766e1b017d3d31a3b58edd6c604eb64b0beccbcf3b45ba22fc13462a50a",
        [6] = "a228dd95ae91c88d52a15663ce6133da799525c99611e16c2fd39091cdb21d57",
    };

    [Fact]
    public void Sqlite_renders_the_shipped_migrations_byte_for_byte()
    {
        foreach (var (version, hash) in ShippedSqlite)
        {
            var rendered = SchemaMigrator.RenderedFor(SqlDialect.Sqlite, version);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rendered))));
        }
    }

    [Fact]
    public void The_two_renderings_differ_only_at_placeholders_and_engine_blocks()
    {
        foreach (var (name, template) in SchemaMigrator.Templates)
        {
            var version = int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture);
            var pieces = Literals(template);
            var pattern = new Regex("^" + string.Join("(.*?)", pieces.Select(Regex.Escape)) + "$", RegexOptions.Singleline);
            Assert.True(pattern.IsMatch(SchemaMigrator.RenderedFor(SqlDialect.Sqlite, version)), $"{name}: SQLite differs outside the seam");
            Assert.True(pattern.IsMatch(SchemaMigrator.RenderedFor(SqlDialect.PostgreSql, version)), $"{name}: PostgreSQL differs outside the seam");
            Assert.NotEqual(SchemaMigrator.RenderedFor(SqlDialect.Sqlite, version), SchemaMigrator.RenderedFor(SqlDialect.PostgreSql, version));
        }
    }

    [Fact]
    public void Every_placeholder_used_is_a_known_one_and_documented_in_schema_md()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "schema.md"));
        var used = SchemaMigrator.Templates.SelectMany(t => Placeholder().Matches(t.Template).Select(m => m.Groups[1].Value.Trim())).ToHashSet();
        Assert.Subset(Placeholders.All.ToHashSet(), used);
        Assert.All(Placeholders.All, name => Assert.Contains($"`{{{{{name}", page));
    }

    [Fact]
    public void Placeholders_render_as_documented()
    {
        Assert.Equal("date(x) = x", MigrationTemplate.Render("{{DATE_VALID(x)}}", SqlDialect.Sqlite));
        Assert.Equal("(a IS NOT NULL) + (b IS NOT NULL) = 1", MigrationTemplate.Render("{{ONE_OF(a, b)}}", SqlDialect.Sqlite));
        Assert.Equal("num_nonnulls(a, b) = 1", MigrationTemplate.Render("{{ONE_OF(a, b)}}", SqlDialect.PostgreSql));
        Assert.Equal("date(s, '+1 day', stap)", MigrationTemplate.Render("{{DATE(s, '+1 day', stap)}}", SqlDialect.Sqlite));
        Assert.Equal("to_char((CAST(s AS timestamp) + CAST('+1 day' AS interval)), 'YYYY-MM-DD')",
            MigrationTemplate.Render("{{DATE(s, '+1 day')}}", SqlDialect.PostgreSql));
        Assert.Equal("a\nb\n", MigrationTemplate.Render("a\n-- @sqlite\nb\n-- @end\n-- @postgresql\nc\n-- @end\n", SqlDialect.Sqlite));
        Assert.Equal("a\nc\n", MigrationTemplate.Render("a\n-- @sqlite\nb\n-- @end\n-- @postgresql\nc\n-- @end\n", SqlDialect.PostgreSql));
    }

    [GeneratedRegex(@"\{\{([A-Z_ ]+)")]
    private static partial Regex Placeholder();

    /// <summary>The template's text outside its engine blocks and outermost placeholders: what both renderings must keep.</summary>
    private static List<string> Literals(string template)
    {
        var withoutBlocks = Regex.Replace(template, @"^-- @(sqlite|postgresql)\n.*?^-- @end\n", "\u0001", RegexOptions.Singleline | RegexOptions.Multiline);
        var pieces = new List<string>();
        var text = new StringBuilder();
        for (var i = 0; i < withoutBlocks.Length; i++)
        {
            if (withoutBlocks[i] == '\u0001') { pieces.Add(text.ToString()); text.Clear(); continue; }
            if (string.CompareOrdinal(withoutBlocks, i, "{{", 0, 2) != 0) { text.Append(withoutBlocks[i]); continue; }
            pieces.Add(text.ToString());
            text.Clear();
            var depth = 0;
            for (; i < withoutBlocks.Length; i++)
            {
                if (string.CompareOrdinal(withoutBlocks, i, "{{", 0, 2) == 0) { depth++; i++; }
                else if (string.CompareOrdinal(withoutBlocks, i, "}}", 0, 2) == 0) { depth--; i++; if (depth == 0) break; }
            }
        }
        pieces.Add(text.ToString());
        return pieces;
    }
}

using System.Text;
using CsCheck;
using KpiLang.Formatting;
using KpiLang.Syntax;
using KpiLang.Tables;
using KpiLang.Tables.Reading;
using KpiLang.Tests.Hardening;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Tables;

/// <summary>
/// Tables made of the pieces real cells are made of (numbers in both notations, units, comparison words, terms,
/// reserved words, quotes, backslashes, line breaks, footnote marks) through the converter: whatever the cells say,
/// the result has no syntax or compile error, formats unchanged and has one indicator per row.
/// </summary>
public class ConvertFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Headings =
        ["soort", "eenheid", "nulmeting", "streefwaarde", "periode", "eigenaar", "doel", "bron", "code", "begroting 2025",
         "streefwaarde 2026", "realisatie 2023", "opmerking"];

    private static readonly string[] Pieces =
        ["0", "7,5", "2.900", "7.5", "64,3", "120", "1.2.3", "2022", "%", "€", "dagen", "werkdagen", "weken", "minuten", "minimaal",
         "maximaal", "tussen", "en", "-", ">=", "≥", "<", "toename", "afname", "gemiddeld", "binnen", "in", "eind", "medio", "Q3",
         "juli", "julli", "schooljaar", "2025-2026", "2026-02-30", "uiterlijk", "van", "tot", "t/m", "(", ")", "per", "1.000",
         "inwoners", "score", "1-10", "rapportcijfer", "Aantal", "Percentage", "n.v.t.", "¹", "*", "doel", "indicator",
         "organisatie", "\"", "\\", "\n", "\u2028", "\t", "Cliënt", "Dagen", "€4.000", "Q5", "ja/nee", "1..10", "hoger", "dan", "nulmeting", "0-meting", "is", "fte", "kosten", ";", ","];

    private static readonly Gen<string> Cell = Gen.Int[0, Pieces.Length - 1].Array[0, 5].Select(ix => string.Join(' ', ix.Select(i => Pieces[i])));

    private static readonly Gen<(string[] Headings, string[][] Rows)> Table =
        Gen.Int[0, Headings.Length - 1].Array[1, 6].SelectMany(columns =>
        {
            var headings = columns.Distinct().Select(c => Headings[c]).Prepend("indicator").ToArray();
            return Gen.Select(Cell.Array[headings.Length - 1], Cell, (cells, title) => cells.Prepend("I " + title).ToArray())
                .Array[1, 5].Select(rows => (headings, rows));
        });

    [Fact]
    public void Any_table_of_real_cell_pieces_converts_to_a_specification_without_errors()
    {
        FuzzSettings.Run(Table, table =>
        {
            var reading = TableReader.Read("fuzz.csv", Encoding.UTF8.GetBytes(Csv(table)));
            Assert.True(reading.Succeeded, string.Join("\n", reading.Errors.Select(e => e.Format("fuzz.csv", Diagnostics.Language.Nl))));
            var converted = FuzzSettings.Bounded(() => TableConverter.Convert(reading.Table!, Diagnostics.Language.Nl, TestCompiler.Today), Csv(table));
            var compilation = TestCompiler.Compile(converted.Text);
            Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(TestCompiler.Describe));
            Assert.False(KpiFormatter.Format(SyntaxTree.Parse(converted.Text)).Changed);
            Assert.Equal(table.Rows.Length, compilation.Indicators.Count());
        }, Csv, FuzzSettings.Iterations(300), FuzzSettings.Seed);
        output.WriteLine($"{FuzzSettings.Iterations(300)} tables from seed {FuzzSettings.Seed ?? "random"}");
    }

    private static string Csv((string[] Headings, string[][] Rows) table) =>
        string.Join("\n", table.Rows.Select(Line).Prepend(Line(table.Headings))) + "\n";

    private static string Line(string[] cells) => string.Join(';', cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\""));
}

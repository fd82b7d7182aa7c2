using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Tables.Cells;
using KpiLang.Tables.Reading;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// Turns one table row into an indicator that carries only what the row says. Each cell goes either into the
/// property the language has for it, read by the cell readers (Cells), or verbatim into toelichting as
/// "&lt;kolomkop&gt;: &lt;cel&gt;". No owner, term, comparison or kind is added that the row does not state; where a kind
/// is inferred (KindDecision) or a target's words are changed ("≥" → "minimaal"), a note says so beside it.
/// </summary>
internal sealed class RowConverter(IndicatorTable table, NameMaker names)
{
    private readonly TableColumn? _term = table.Column(ColumnRole.Term);

    public ConvertedIndicator Convert(TableRow row)
    {
        var title = Cell(row, table.Column(ColumnRole.Indicator)!)!.Cell;
        var kept = new List<CellRef>();
        var values = new List<RowValue>();
        string? goal = null;
        KpiProperty? code = null, definition = null, source = null, owner = null, baseline = null;
        var targets = new List<KpiProperty>();
        var forecasts = new List<KpiProperty>();
        var termUsed = false;

        foreach (var column in table.Columns)
        {
            if (Cell(row, column) is not { } cell) continue;
            switch (column.Role)
            {
                case ColumnRole.Code: code = Text("code", cell); break;
                case ColumnRole.Definition: definition = Text("definitie", cell); break;
                case ColumnRole.Source: source = Text("bron", cell); break;
                case ColumnRole.Goal: goal = names.Goal(cell.Cell); break;
                case ColumnRole.Owner: owner = new KpiProperty("eigenaar", names.Actor(cell.Cell)) { Sources = [cell] }; break;
                case ColumnRole.Baseline: baseline = Baseline(cell, kept, values); break;
                case ColumnRole.Target when Target(row, column, cell, kept, values, ref termUsed) is { } target: targets.Add(target); break;
                case ColumnRole.Forecast when Forecast(column, cell, kept, values) is { } forecast: forecasts.Add(forecast); break;
                case ColumnRole.Remark or ColumnRole.Other: kept.Add(cell); break;
            }
        }
        if (!termUsed && _term is not null && Cell(row, _term) is { } unusedTerm) kept.Add(unusedTerm);

        var kind = KindDecision.Decide(title, Cell(row, table.Column(ColumnRole.Kind)), Cell(row, table.Column(ColumnRole.Unit)), values);
        kept.AddRange(kind.Kept);
        var properties = ImmutableArray.CreateBuilder<KpiProperty>();
        AddIf(properties, code);
        AddIf(properties, definition);
        if (kind.Kind is { } k)
        {
            properties.Add(new KpiProperty("soort", k.Kpi) { Note = kind.Note, Sources = kind.From is { } from ? [from] : [] });
            if (k.Unit is { } unit) properties.Add(new KpiProperty("eenheid", unit) { Sources = kind.From is { } cell ? [cell] : [] });
        }
        AddIf(properties, source);
        AddIf(properties, owner);
        AddIf(properties, baseline);
        properties.AddRange(targets);
        properties.AddRange(forecasts);

        return new ConvertedIndicator(row.Line, names.Indicator(title), title, goal, properties.ToImmutable(),
            [.. kept.Distinct().OrderBy(c => c.Column)], kind.Remark is { } remark ? [remark] : []);
    }

    private static void AddIf(ImmutableArray<KpiProperty>.Builder properties, KpiProperty? property)
    {
        if (property is not null) properties.Add(property);
    }

    private static KpiProperty Text(string key, CellRef cell) => new(key, cell.Cell, IsText: true) { Sources = [cell] };

    /// <summary>"62% (2023)" → <c>nulmeting: 62 % in 2023</c>; a cell with a footnote mark is also kept verbatim.</summary>
    private static KpiProperty? Baseline(CellRef cell, List<CellRef> kept, List<RowValue> values)
    {
        if (Read(cell, kept, BaselineReader.Read) is not { } reading) return null;
        if (reading.Value is { } value) values.Add(new RowValue(value, cell, MayGiveKind: true));
        return new KpiProperty("nulmeting", reading.Kpi) { Sources = [cell] };
    }

    /// <summary>
    /// A target cell with its term: the term the cell itself names, else the year of the column heading
    /// ("streefwaarde 2025"), else, for the plain streefwaarde column, the periode/jaar cell when it is a term.
    /// A placeholder ("-", "n.v.t.") is no target; a cell the language cannot say stays verbatim.
    /// </summary>
    private KpiProperty? Target(TableRow row, TableColumn column, CellRef cell, List<CellRef> kept, List<RowValue> values, ref bool termUsed)
    {
        if (CellValue.IsPlaceholder(cell.Cell) || Read(cell, kept, c => TargetReader.Read(c, column.Year)) is not { } reading) return null;
        var term = reading.Term ?? (column.Year is { } year ? $"in {year}" : null);
        var sources = ImmutableArray.Create(cell);
        if (term is null && column.Year is null && _term is not null && Cell(row, _term) is { } termCell
            && TermReader.ReadWhole(termCell.Cell) is { } fromTermColumn)
        {
            term = fromTermColumn;
            termUsed = true;
            sources = sources.Add(termCell);
        }
        values.AddRange(reading.Values.Select(v => new RowValue(v, cell, MayGiveKind: true)));
        var target = reading.WithTerm(term);
        // "groter is dan in de 0-meting" is read as "hoger dan nulmeting": the cell's own words, number and all, stay
        // in toelichting; a cell only reworded ("≥ 90%") gets a note with the words the table used.
        if (CellValue.LosesNumbers(cell.Cell, target))
        {
            kept.Add(cell);
            return new KpiProperty("streefwaarde", target) { Sources = sources };
        }
        return new KpiProperty("streefwaarde", target)
        {
            Sources = sources,
            Note = reading.Reworded ? ConvertText.InTable(cell.Cell) : null,
        };
    }

    /// <summary>"begroting 2025: 450" → <c>raming: 450 in 2025</c>; a forecast is never a target.</summary>
    private static KpiProperty? Forecast(TableColumn column, CellRef cell, List<CellRef> kept, List<RowValue> values)
    {
        if (CellValue.IsPlaceholder(cell.Cell) || Read(cell, kept, QuantityReader.ReadWhole) is not { } value) return null;
        values.Add(new RowValue(value, cell, MayGiveKind: false));
        return new KpiProperty("raming", $"{value.ToKpi()} in {column.Year}") { Sources = [cell] };
    }

    /// <summary>
    /// Reads a value cell without its footnote marks. A cell the reader cannot read is kept verbatim in toelichting,
    /// and so is one with a footnote mark, because the mark points at a note the value alone does not carry.
    /// </summary>
    private static T? Read<T>(CellRef cell, List<CellRef> kept, Func<string, T?> read) where T : class
    {
        var (text, footnote) = CellValue.WithoutFootnotes(cell.Cell);
        var reading = read(text);
        if (reading is null || footnote) kept.Add(cell);
        return reading;
    }

    private static CellRef? Cell(TableRow row, TableColumn? column)
    {
        if (column is null) return null;
        var text = row[column].Trim();
        return text.Length == 0 ? null : new CellRef(column.Index, column.Label, text);
    }
}

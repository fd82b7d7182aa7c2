using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Tables.Cells;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// Decides the kind of one indicator from what its row says. The soort or eenheid column wins when it names a kind.
/// Only when neither does, a kind is inferred, with a note: from the unit of a target or nulmeting ("85%",
/// "€ 4.000", "28 dagen") or from the indicator text (TitleKind). An inferred kind must fit every value of the row
/// (a percentage no value above 100, a count no "%"), and two sources that disagree ("Aantal …" with a target "5%")
/// give no kind but a remark: a kind is never picked between contradictions.
/// </summary>
internal static class KindDecision
{
    public static KindOutcome Decide(string title, CellRef? soort, CellRef? eenheid, IReadOnlyList<RowValue> values)
    {
        var kept = ImmutableArray.CreateBuilder<CellRef>();
        var fromSoort = Read(soort, kept);
        var fromEenheid = Read(eenheid, kept);
        if (fromSoort is not null && fromEenheid is not null && !fromSoort.Value.Kind.SameFamily(fromEenheid.Value.Kind))
        {
            kept.Add(fromEenheid.Value.Cell);
            fromEenheid = null;
        }
        if ((fromSoort ?? fromEenheid) is { } column)
        {
            var kind = fromSoort is { } s && fromEenheid is { } e ? s.Kind with { Unit = s.Kind.Unit ?? e.Kind.Unit } : column.Kind;
            var note = ColumnNote(column.Cell, kind);
            return new KindOutcome(kind, column.Cell, note, null, Sorted(kept));
        }
        var (inferred, noteOrRemark) = Infer(title, values);
        return inferred is null
            ? new KindOutcome(null, null, null, noteOrRemark, Sorted(kept))
            : new KindOutcome(inferred, null, noteOrRemark, null, Sorted(kept));
    }

    /// <summary>A soort or eenheid cell read as a kind; a cell that is no kind, or says more than one, stays verbatim.</summary>
    private static (KindReading Kind, CellRef Cell)? Read(CellRef? cell, ImmutableArray<CellRef>.Builder kept)
    {
        if (cell is null) return null;
        var kind = KindReader.Read(cell.Cell);
        if (kind is null || !kind.Exact) kept.Add(cell);
        return kind is null ? null : (kind, cell);
    }

    private static (KindReading? Kind, LocalizedText? Note) Infer(string title, IReadOnlyList<RowValue> values)
    {
        var fromValues = FromValues(values);
        var fromTitle = TitleKind.Read(title);
        if (fromValues is null && fromTitle is null) return (null, null);
        if (fromValues is { } v && fromTitle is { } t && !v.Kind.SameFamily(t.Kind))
            return (null, ConvertText.KindsDisagree(ConvertText.InTitle(t.Evidence), ConvertText.InColumn(v.Cell.Heading, v.Cell.Cell)));

        // The text is more specific (a rate, a scale) unless the values name a duration unit.
        var useTitle = fromTitle is not null && (fromValues is null || fromValues.Value.Kind.Family != KindFamily.Duration);
        var kind = useTitle ? fromTitle!.Kind : fromValues!.Value.Kind;
        if (values.FirstOrDefault(value => !kind.Fits(value.Value)) is { } misfit)
            return (null, ConvertText.KindDoesNotFit(kind.Kpi, misfit.Cell.Heading, misfit.Cell.Cell));
        var note = !useTitle ? ConvertText.FromValue(fromValues!.Value.Cell.Heading, fromValues.Value.Cell.Cell)
            : fromTitle!.AtStart ? ConvertText.FromTitleStart(fromTitle.Evidence)
            : ConvertText.FromTitle(fromTitle.Evidence);
        return (kind, kind.Family == KindFamily.Score && fromTitle?.Evidence.StartsWith("rapportcijfer", StringComparison.OrdinalIgnoreCase) == true
            ? ConvertText.WithGradeScale(note) : note);
    }

    /// <summary>The kind the units of the targets and the nulmeting agree on: all "%", all "€", or all one duration measure.</summary>
    private static (KindReading Kind, CellRef Cell)? FromValues(IReadOnlyList<RowValue> values)
    {
        var withUnit = values.Where(v => v.MayGiveKind && v.Value.Unit != QuantityUnit.None).ToList();
        if (withUnit.Count == 0) return null;
        var first = withUnit[0].Value;
        if (withUnit.Any(v => v.Value.Unit != first.Unit || v.Value.DurationMeasure != first.DurationMeasure)) return null;
        KindReading kind = first.Unit switch
        {
            QuantityUnit.Percent => new(KindFamily.Percentage, "percentage"),
            QuantityUnit.Euro => new(KindFamily.Amount, "bedrag"),
            _ => new(KindFamily.Duration, "duur", first.DurationWord),
        };
        return (kind, withUnit[0].Cell);
    }

    /// <summary>
    /// Where a kind from a column came from, when it is not just the cell's own word: "fte per 1.000 inwoners" →
    /// <c>aantal per 1.000 inwoners</c>, and "rapportcijfer" → <c>score 1..10</c> (the scale a report grade has).
    /// </summary>
    private static LocalizedText? ColumnNote(CellRef cell, KindReading kind)
    {
        var note = ConvertText.FromColumn(cell.Heading, cell.Cell);
        if (kind.Family == KindFamily.Score && kind.Low is not null && !cell.Cell.Any(char.IsAsciiDigit)) return ConvertText.WithGradeScale(note);
        return Same(cell.Cell, kind.Kpi) || KindReader.IsPlainWord(cell.Cell) ? null : note;
    }

    private static bool Same(string cell, string kpi) =>
        string.Equals(cell.Trim(), kpi, StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<CellRef> Sorted(ImmutableArray<CellRef>.Builder cells) => [.. cells.OrderBy(c => c.Column)];
}

using System.Collections.Immutable;
using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Semantics;

/// <summary>Turns value syntax (numbers, dates, units, frequencies, targets) into typed values, reporting what is invalid.</summary>
internal sealed class ValueBinder(Action<Diagnostic> report)
{
    private SyntaxTree _tree = null!;

    public ValueBinder For(SyntaxTree tree)
    {
        _tree = tree;
        return this;
    }

    /// <summary>A number read by the Dutch rule ("2.900" is 2900, "64,3" is 64.3); "7.5" is refused with "schrijf 7,5".</summary>
    public decimal? Number(SyntaxToken token)
    {
        if (token.IsMissing) return null;
        var reading = NumberReader.Read(token.Text, NumberNotation.Dutch);
        if (reading.IsValid) return reading.Value;
        Report(CompilerDiagnostics.NumberNotation, token.Span, token.Text, NumberAdvice.For(reading));
        return null;
    }

    public Quantity? Quantity(QuantitySyntax syntax)
    {
        if (Number(syntax.Number) is not { } value) return null;
        var unit = syntax.Euro is not null ? Unit.Euro
            : syntax.Unit is { } u && u.Value.Length > 0 ? Vocabulary.ParseUnit(u.Value)
            : null;
        if (unit?.Kind == UnitKind.Percent && value > 100)
            Report(CompilerDiagnostics.PercentageOutOfRange, syntax.Span, syntax.Number.Text);
        return new Quantity(value, unit ?? Unit.None, syntax.Number.Text);
    }

    public DateOnly? Date(SyntaxToken? token)
    {
        if (token is null || token.IsMissing) return null;
        if (DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Report(CompilerDiagnostics.InvalidDate, token.Span, token.Text);
        return null;
    }

    public int? Year(SyntaxToken? token)
    {
        if (token is null || token.IsMissing) return null;
        if (int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
            return year;
        Report(CompilerDiagnostics.ImplausibleYear, token.Span, token.Text);
        return null;
    }

    /// <summary>A date or a year; a year means its first day (start) or last day (end).</summary>
    public DateOnly? PointInTime(SyntaxToken token, bool end) =>
        token.Kind == SyntaxKind.Date ? Date(token)
        : Year(token) is { } year ? (end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1))
        : null;

    public int? WholeNumber(SyntaxToken? token, int minimum)
    {
        if (token is null || token.IsMissing) return null;
        var reading = NumberReader.Read(token.Text, NumberNotation.Dutch);
        if (!reading.IsValid)
        {
            Report(CompilerDiagnostics.NumberNotation, token.Span, token.Text, NumberAdvice.For(reading));
            return null;
        }
        if (reading.Value is { } value && decimal.IsInteger(value) && value >= minimum && value <= int.MaxValue) return (int)value;
        Report(CompilerDiagnostics.InvalidNumber, token.Span, token.Text,
            new LocalizedText($"verwacht een heel getal van minstens {minimum}", $"expected a whole number of at least {minimum}"));
        return null;
    }

    public T? Choice<T>(SyntaxToken token, System.Collections.Frozen.FrozenDictionary<string, T> words, string property) where T : struct
    {
        if (token.IsMissing) return null;
        if (words.TryGetValue(token.Text.ToLowerInvariant(), out var value)) return value;
        UnknownChoice(token, property, words.Keys);
        return null;
    }

    /// <summary>
    /// A word that is not in the property's list: "bedoel je 'jaarlijks'?" with the fix when one word is close,
    /// else the list to choose from (with <paramref name="otherForms"/>, such as 'N keer per periode').
    /// </summary>
    public void UnknownChoice(SyntaxToken token, string property, IEnumerable<string> words, string otherForms = "")
    {
        var choices = words.ToArray();
        if (NameSuggestions.Closest(token.Text, choices) is { } suggestion)
        {
            report(Diagnostic.Create(CompilerDiagnostics.UnknownChoice, new Location(_tree.Text, token.Span), token.Text, property,
                    new LocalizedText($"bedoel je '{suggestion}'?", $"did you mean '{suggestion}'?"))
                with { Fix = new CodeFix(new($"Schrijf '{suggestion}'", $"Write '{suggestion}'"), [new TextEdit(_tree.Text, token.Span, suggestion)]) });
            return;
        }
        var list = string.Join(", ", choices.Order(StringComparer.Ordinal)) + otherForms;
        Report(CompilerDiagnostics.UnknownChoice, token.Span, token.Text, property, new LocalizedText($"kies uit: {list}", $"choose from: {list}"));
    }

    public Period? Period(SyntaxToken token) => Choice(token, Vocabulary.Periods, "periode");

    public Frequency? Frequency(FrequencySyntax syntax)
    {
        var text = string.Join(' ', syntax.Tokens().Where(t => !t.IsMissing).Select(t => t.Text));
        switch (syntax.Form)
        {
            case FrequencyForm.Named:
                if (syntax.Word.IsMissing) return null;
                if (Vocabulary.FrequencyWords.TryGetValue(syntax.Word.Text.ToLowerInvariant(), out var perYear))
                    return new Frequency(perYear, text);
                UnknownChoice(syntax.Word, "frequentie", Vocabulary.FrequencyWords.Keys, ", 'N keer per periode', 'elke N periode'");
                return null;
            case FrequencyForm.TimesPerPeriod:
            {
                var count = WholeNumber(syntax.Count, 1);
                var period = Period(syntax.Word);
                return count is null || period is null ? null : new Frequency(count.Value * period.Value.PerYear(), text);
            }
            default:
            {
                var every = syntax.Count is null ? 1 : WholeNumber(syntax.Count, 1);
                var period = Period(syntax.Word);
                return every is null || period is null ? null : new Frequency(period.Value.PerYear() / every.Value, text);
            }
        }
    }

    public TargetValue? Operand(OperandSyntax syntax)
    {
        if (syntax.Quantity is { } quantity)
            return Quantity(quantity) is { } q ? new TargetValue(q) : null;
        var reference = syntax.Reference!;
        decimal delta = 0;
        var relative = false;
        Unit? deltaUnit = null;
        if (syntax.Delta is { } deltaSyntax && Number(deltaSyntax.Number) is { } amount)
        {
            delta = syntax.Sign?.Kind == SyntaxKind.Minus ? -amount : amount;
            relative = syntax.PointsKeyword is null && deltaSyntax.Unit?.Value == "%";
            deltaUnit = DeltaUnit(deltaSyntax, syntax.PointsKeyword);
        }
        return new TargetValue(null, reference.Kind, reference.Benchmark?.Value,
            reference.Kind == ReferenceValueKind.Year ? Year(reference.Year) : null, delta, relative, deltaUnit);
    }

    /// <summary>The unit of a shift as written: "procentpunt(en)", "%", "€" or a noun; only for showing the target.</summary>
    private static Unit DeltaUnit(QuantitySyntax delta, SyntaxToken? pointsKeyword) =>
        pointsKeyword is { IsMissing: false } points ? new Unit(UnitKind.Count, points.Text)
        : delta.Euro is not null ? Unit.Euro
        : delta.Unit is { } u && u.Value.Length > 0 ? Vocabulary.ParseUnit(u.Value)
        : Unit.None;

    public TargetWindow? Window(WindowSyntax? syntax)
    {
        if (syntax is null || Period(syntax.Period) is not { } period) return null;
        return new TargetWindow(period, syntax.IsCumulative ? WholeNumber(syntax.Count, 1) : null);
    }

    public TimeBound? TimeBound(TimeBoundSyntax? syntax)
    {
        if (syntax is null) return null;
        switch (syntax.Kind)
        {
            case TimeBoundKind.InYear:
                return Year(syntax.Value) is { } year ? new TimeBound(syntax.Kind, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : null;
            case TimeBoundKind.InPeriod:
                return PeriodOfYear(syntax);
            case TimeBoundKind.Deadline when syntax.Keyword.Kind == SyntaxKind.EindKeyword:
                return Year(syntax.Value) is { } endYear ? new TimeBound(syntax.Kind, null, new DateOnly(endYear, 12, 31)) : null;
            case TimeBoundKind.Deadline when syntax.Keyword.Kind == SyntaxKind.MedioKeyword:
                return Year(syntax.Value) is { } midYear ? new TimeBound(syntax.Kind, null, new DateOnly(midYear, 6, 30)) : null;
            case TimeBoundKind.Deadline:
                return new TimeBound(syntax.Kind, null, PointInTime(syntax.Value, end: true));
            case TimeBoundKind.StartingFrom:
                return new TimeBound(syntax.Kind, PointInTime(syntax.Value, end: false), null);
            default:
                var start = PointInTime(syntax.Value, end: false);
                var until = syntax.Until is null ? null : PointInTime(syntax.Until, end: true);
                if (start > until)
                    Report(CompilerDiagnostics.TimeBoundReversed, syntax.Span, syntax.Value.Text, syntax.Until!.Text);
                return new TimeBound(syntax.Kind, start, until);
        }
    }

    /// <summary>"in Q3 2026", "in juli 2026", "schooljaar 2025-2026" (1 August to 31 July).</summary>
    private TimeBound? PeriodOfYear(TimeBoundSyntax syntax)
    {
        if (Year(syntax.Value) is not { } year) return null;
        if (syntax.Until is { } untilToken)
        {
            if (Year(untilToken) is not { } until) return null;
            if (until != year + 1)
            {
                Report(CompilerDiagnostics.SchoolYearNotConsecutive, syntax.Span, syntax.Value.Text, untilToken.Text);
                return null;
            }
            return new TimeBound(syntax.Kind, new DateOnly(year, 8, 1), new DateOnly(until, 7, 31));
        }
        if (syntax.Part is not { IsMissing: false } part) return null;
        if (!Vocabulary.PartsOfYear.TryGetValue(part.Text.ToLowerInvariant(), out var months))
        {
            Report(CompilerDiagnostics.UnknownPartOfYear, part.Span, part.Text);
            return null;
        }
        var start = new DateOnly(year, months.FirstMonth, 1);
        return new TimeBound(syntax.Kind, start, start.AddMonths(months.LastMonth - months.FirstMonth + 1).AddDays(-1));
    }

    /// <summary>The comparator as written; a bare value has none (<see cref="Semantics.Comparator.Unstated"/>).</summary>
    public static Comparator Comparator(ImmutableArray<SyntaxToken> tokens) => tokens.IsEmpty ? Semantics.Comparator.Unstated : tokens[0].Kind switch
    {
        SyntaxKind.GreaterEqual or SyntaxKind.MinimaalKeyword => Semantics.Comparator.AtLeast,
        SyntaxKind.LessEqual or SyntaxKind.MaximaalKeyword or SyntaxKind.BinnenKeyword => Semantics.Comparator.AtMost,
        SyntaxKind.Greater or SyntaxKind.HogerKeyword or SyntaxKind.ToenameKeyword => Semantics.Comparator.GreaterThan,
        SyntaxKind.Less or SyntaxKind.LagerKeyword or SyntaxKind.AfnameKeyword => Semantics.Comparator.LessThan,
        SyntaxKind.TussenKeyword => Semantics.Comparator.Between,
        SyntaxKind.Equals or SyntaxKind.PreciesKeyword or SyntaxKind.GelijkKeyword or SyntaxKind.StabielKeyword => Semantics.Comparator.Exactly,
        SyntaxKind.BeterKeyword => Semantics.Comparator.Unstated, // its way comes from 'richting:' (Binder.ComparatorOf)
        var other => throw new InvalidOperationException($"no comparator for token {other}"),
    };

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        report(Diagnostic.Create(descriptor, new Location(_tree.Text, span), args));
}

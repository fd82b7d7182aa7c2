using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// How an indicator text is built, read the way a policy advisor reads it: does it name a quantity (a count,
/// percentage, score, duration, amount, rate, or a number with a unit), is it a sentence with a verb (a wish or a
/// state of the world), an activity, a valuation ("houdbare", "veilige") or a comparison ("toegankelijker"), and does
/// it bundle two measures. Every finding keeps the words as written, so a message quotes the text itself.
/// </summary>
public sealed class IndicatorWording
{
    private IndicatorWording(ImmutableArray<string> quantities, bool hasNumberWithUnit, ImmutableArray<string> verbs, bool startsWithActivity,
        ImmutableArray<string> valuations, ImmutableArray<string> comparatives, (string First, string Second)? bundle, bool namesDeliverable,
        TargetStatement statement)
    {
        Statement = statement;
        Quantities = quantities;
        HasNumberWithUnit = hasNumberWithUnit;
        Verbs = verbs;
        StartsWithActivity = startsWithActivity;
        Valuations = valuations;
        Comparatives = comparatives;
        Bundle = bundle;
        NamesDeliverable = namesDeliverable;
    }

    public static IndicatorWording Empty { get; } = new([], false, [], false, [], [], null, false, TargetStatement.None);

    /// <summary>Words that name what is counted or measured, as written ("Percentage", "wachttijd", "per 1.000").</summary>
    public ImmutableArray<string> Quantities { get; }

    /// <summary>A number with a unit or threshold: "binnen 20 werkdagen", "80 %", "4 bijeenkomsten", "maximaal 10".</summary>
    public bool HasNumberWithUnit { get; }

    public bool HasQuantity => !Quantities.IsEmpty || HasNumberWithUnit;

    /// <summary>Verb forms in the main clause, as written ("zijn", "blijven", "doet … mee").</summary>
    public ImmutableArray<string> Verbs { get; }

    /// <summary>The text begins with a verb: an activity ("Versterken van …", "het afstemmen van …").</summary>
    public bool StartsWithActivity { get; }

    /// <summary>Adjectives that value a state without a measure ("Houdbare", "veilige"), as written.</summary>
    public ImmutableArray<string> Valuations { get; }

    /// <summary>Comparatives ("toegankelijker", "Meer", "sterker"), as written.</summary>
    public ImmutableArray<string> Comparatives { get; }

    /// <summary>Two measures in one text ("aantal en duur"), as written.</summary>
    public (string First, string Second)? Bundle { get; }

    /// <summary>A concrete thing to deliver (een regeling, een plan): an activity with a checkable result.</summary>
    public bool NamesDeliverable { get; }

    /// <summary>What the text itself says of a target, as a service norm or a goal sentence does.</summary>
    public TargetStatement Statement { get; }

    public static IndicatorWording Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : WordingCache.GetOrRead(text, t => WordingReader.Read(t, DutchWordingLexicon.Default));

    internal static IndicatorWording Create(ImmutableArray<string> quantities, bool hasNumberWithUnit, ImmutableArray<string> verbs,
        bool startsWithActivity, ImmutableArray<string> valuations, ImmutableArray<string> comparatives, (string, string)? bundle,
        bool namesDeliverable, TargetStatement statement) =>
        new(quantities, hasNumberWithUnit, verbs, startsWithActivity, valuations, comparatives, bundle, namesDeliverable, statement);
}

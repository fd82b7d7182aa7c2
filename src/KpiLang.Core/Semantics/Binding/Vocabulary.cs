using System.Collections.Frozen;

namespace KpiLang.Semantics;

/// <summary>
/// The words the language accepts for choice-valued properties, with their meaning. Kept as data so the binder,
/// completion and the documentation all read the same lists.
/// </summary>
public static class Vocabulary
{
    public static readonly FrozenDictionary<string, Level> Levels = new Dictionary<string, Level>
    {
        ["uitvoering"] = Level.Uitvoering,
        ["operationeel"] = Level.Uitvoering,
        ["tactisch"] = Level.Tactisch,
        ["strategisch"] = Level.Strategisch,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, Layer> Layers = new Dictionary<string, Layer>
    {
        ["impact"] = Layer.Impact,
        ["activiteit"] = Layer.Activiteit,
        ["activiteiten"] = Layer.Activiteit,
        ["kwaliteit"] = Layer.Kwaliteit,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, IndicatorKindType> IndicatorKinds = new Dictionary<string, IndicatorKindType>
    {
        ["aantal"] = IndicatorKindType.Aantal,
        ["percentage"] = IndicatorKindType.Percentage,
        ["score"] = IndicatorKindType.Score,
        ["bedrag"] = IndicatorKindType.Bedrag,
        ["duur"] = IndicatorKindType.Duur,
        ["ja/nee"] = IndicatorKindType.JaNee,
        ["kwalitatief"] = IndicatorKindType.Kwalitatief,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, ActorKind> ActorKinds = new Dictionary<string, ActorKind>
    {
        ["persoon"] = ActorKind.Persoon,
        ["rol"] = ActorKind.Rol,
        ["team"] = ActorKind.Team,
        ["orgaan"] = ActorKind.Orgaan,
        ["organisatie"] = ActorKind.Organisatie,
        ["aanbieder"] = ActorKind.Aanbieder,
        ["partner"] = ActorKind.Partner,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, Method> Methods = new Dictionary<string, Method>
    {
        ["registratie"] = Method.Registratie,
        ["enquête"] = Method.Enquete,
        ["enquete"] = Method.Enquete,
        ["steekproef"] = Method.Steekproef,
        ["interview"] = Method.Interview,
        ["interviews"] = Method.Interview,
        ["dossieronderzoek"] = Method.Dossieronderzoek,
        ["observatie"] = Method.Observatie,
        ["reflectie"] = Method.Reflectie,
        ["open_data"] = Method.OpenData,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, Direction> Directions = new Dictionary<string, Direction>
    {
        ["hoger"] = Direction.Hoger,
        ["lager"] = Direction.Lager,
        ["binnen"] = Direction.Binnen,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, Period> Periods = new Dictionary<string, Period>
    {
        ["dag"] = Period.Dag,
        ["dagen"] = Period.Dag,
        ["week"] = Period.Week,
        ["weken"] = Period.Week,
        ["maand"] = Period.Maand,
        ["maanden"] = Period.Maand,
        ["kwartaal"] = Period.Kwartaal,
        ["kwartalen"] = Period.Kwartaal,
        ["halfjaar"] = Period.Halfjaar,
        ["jaar"] = Period.Jaar,
        ["jaren"] = Period.Jaar,
    }.ToFrozenDictionary();

    /// <summary>Frequency words and how many times a year they mean.</summary>
    public static readonly FrozenDictionary<string, decimal> FrequencyWords = new Dictionary<string, decimal>
    {
        ["dagelijks"] = 365m,
        ["wekelijks"] = 52m,
        ["tweewekelijks"] = 26m,
        ["maandelijks"] = 12m,
        ["driemaandelijks"] = 4m,
        ["halfjaarlijks"] = 2m,
        ["jaarlijks"] = 1m,
        ["tweejaarlijks"] = 0.5m,
        ["vierjaarlijks"] = 0.25m,
        ["eenmalig"] = 0m,
        ["doorlopend"] = 365m,
    }.ToFrozenDictionary();

    /// <summary>
    /// Words for a duration and the measure they count in. Werkdagen and kalenderdagen are different measures, so
    /// a norm in werkdagen never silently compares with a target in dagen; "dagen" means calendar days.
    /// </summary>
    public static readonly FrozenDictionary<string, (string Measure, Period? Period)> DurationUnits =
        new Dictionary<string, (string, Period?)>
        {
            ["seconde"] = ("seconde", null), ["seconden"] = ("seconde", null),
            ["minuut"] = ("minuut", null), ["minuten"] = ("minuut", null),
            ["uur"] = ("uur", null), ["uren"] = ("uur", null),
            ["werkdag"] = ("werkdag", null), ["werkdagen"] = ("werkdag", null),
            ["kalenderdag"] = ("dag", Period.Dag), ["kalenderdagen"] = ("dag", Period.Dag),
            ["dag"] = ("dag", Period.Dag), ["dagen"] = ("dag", Period.Dag),
            ["week"] = ("week", Period.Week), ["weken"] = ("week", Period.Week),
            ["maand"] = ("maand", Period.Maand), ["maanden"] = ("maand", Period.Maand),
            ["kwartaal"] = ("kwartaal", Period.Kwartaal), ["kwartalen"] = ("kwartaal", Period.Kwartaal),
            ["halfjaar"] = ("halfjaar", Period.Halfjaar),
            ["jaar"] = ("jaar", Period.Jaar), ["jaren"] = ("jaar", Period.Jaar),
        }.ToFrozenDictionary();

    /// <summary>Months and quarters a target can be due in ("in juli 2026", "in Q3 2026"): first and last month.</summary>
    public static readonly FrozenDictionary<string, (int FirstMonth, int LastMonth)> PartsOfYear =
        new Dictionary<string, (int, int)>
        {
            ["januari"] = (1, 1), ["februari"] = (2, 2), ["maart"] = (3, 3), ["april"] = (4, 4), ["mei"] = (5, 5),
            ["juni"] = (6, 6), ["juli"] = (7, 7), ["augustus"] = (8, 8), ["september"] = (9, 9), ["oktober"] = (10, 10),
            ["november"] = (11, 11), ["december"] = (12, 12),
            ["q1"] = (1, 3), ["q2"] = (4, 6), ["q3"] = (7, 9), ["q4"] = (10, 12),
        }.ToFrozenDictionary();

    /// <summary>Unit words that mean a known unit; any other word is a counted noun ("overleggen").</summary>
    public static Unit ParseUnit(string text)
    {
        var word = text.Trim();
        var lower = word.ToLowerInvariant();
        if (lower is "%" or "procent") return Unit.Percent;
        if (lower is "€" or "euro" or "euro's") return Unit.Euro;
        if (DurationUnits.TryGetValue(lower, out var duration)) return new Unit(UnitKind.Duration, lower, duration.Period, duration.Measure);
        return new Unit(UnitKind.Count, word);
    }
}

namespace KpiLang.Syntax;

/// <summary>
/// The shape of a property's value. The grammar has one rule per form, not per key, so a new property of an existing
/// form is one row in the keyword table.
/// </summary>
public enum PropertyForm
{
    /// <summary>A quoted text: <c>bron: "…"</c>.</summary>
    Text,

    /// <summary>One word from a list: <c>laag: impact</c>.</summary>
    Choice,

    /// <summary><c>soort: score 1..10</c>, <c>soort: aantal per 1.000 inwoners</c>.</summary>
    Kind,

    /// <summary><c>eenheid: overleggen</c>.</summary>
    Unit,

    /// <summary>Names (or quoted parties) separated by commas: <c>eigenaar: team</c>, <c>gekoppeld aan: a, b</c>.</summary>
    References,

    /// <summary><c>frequentie: maandelijks</c>.</summary>
    Frequency,

    /// <summary>Actors, each with a frequency: <c>bespreking: team maandelijks, bestuur jaarlijks</c>.</summary>
    Audience,

    /// <summary><c>verhaal: als … wil ik inzicht in "…" zodat "…"</c>.</summary>
    Story,

    /// <summary><c>nulmeting: 14 in 2022</c>.</summary>
    Baseline,

    /// <summary><c>streefwaarde: minimaal 7,5 in 2027 { … }</c>.</summary>
    Target,

    /// <summary><c>acceptatiecriteria: - "…"</c>.</summary>
    Acceptance,

    /// <summary><c>herijking: jaarlijks door stuurgroep, volgende 2027-12-15</c>.</summary>
    Review,

    /// <summary><c>vervangt: oud per 2025-01-01 omdat "…"</c>.</summary>
    Replacement,

    /// <summary><c>raming: 450 in 2025</c>.</summary>
    Forecast,

    /// <summary><c>norm: binnen 8 weken na "de melding"</c>.</summary>
    Norm,
}

namespace KpiLang.Tables.Reading;

/// <summary>What a column of an indicator table holds, as its heading says (docs/convert.md lists the headings).</summary>
public enum ColumnRole
{
    /// <summary>"indicator": the indicator text, which becomes the title. The one required column.</summary>
    Indicator,
    Definition,
    /// <summary>"soort": the kind, or (as many published tables do) a caption such as "Effectindicatoren".</summary>
    Kind,
    Unit,
    Baseline,
    /// <summary>"streefwaarde", or a target heading with its year ("streefwaarde 2025", "doel 2026", "ambitie 2018").</summary>
    Target,
    /// <summary>"periode" or "jaar": the term of the plain streefwaarde column.</summary>
    Term,
    Owner,
    Source,
    /// <summary>"doel": groups the indicators under a goal with that title.</summary>
    Goal,
    Remark,
    Code,
    /// <summary>A forecast with its year ("begroting 2025", "raming 2026", "prognose 2025"): not a target.</summary>
    Forecast,
    /// <summary>Anything else ("realisatie 2023", "2019", "taakveld"): kept verbatim in toelichting.</summary>
    Other,
}

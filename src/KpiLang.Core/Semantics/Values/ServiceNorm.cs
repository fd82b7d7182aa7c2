namespace KpiLang.Semantics;

/// <summary>
/// "norm: binnen 8 weken na de melding": the norm a case must meet; the indicator is then usually the share of cases
/// that meets it ("90 % binnen 8 weken afgehandeld").
/// </summary>
public sealed record ServiceNorm(Quantity Within, string? After)
{
    public override string ToString() => After is null ? $"binnen {Within}" : $"binnen {Within} na {After}";
}

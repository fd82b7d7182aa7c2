namespace KpiLang.Semantics;

/// <summary>The three layers of the SWN KPI model: outcome (impact), output (activiteit) and quality of the work.</summary>
public enum Layer
{
    Impact,
    Activiteit,
    Kwaliteit,
}

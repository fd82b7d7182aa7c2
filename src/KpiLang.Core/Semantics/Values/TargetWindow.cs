namespace KpiLang.Semantics;

/// <summary>"per jaar" (a rate: the value per period) or "over 4 jaar" (cumulative over a window of periods).</summary>
public sealed record TargetWindow(Period Period, int? Count)
{
    public bool IsCumulative => Count is not null;

    public override string ToString() => Count is { } n ? $"over {n} × {Period.ToString().ToLowerInvariant()}" : $"per {Period.ToString().ToLowerInvariant()}";
}

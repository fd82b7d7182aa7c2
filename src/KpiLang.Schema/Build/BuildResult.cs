using System.Collections.Immutable;

namespace KpiLang.Schema.Build;

/// <summary>What a build did: how many indicators it wrote, and which indicators it archived or restored.</summary>
public sealed record BuildResult(
    bool CreatedNewDatabase,
    int MigratedFromVersion,
    int IndicatorCount,
    ImmutableArray<ArchivedIndicator> NewlyArchived,
    ImmutableArray<string> Restored,
    long MeasurementCount);

/// <summary>An indicator that left the specification in this build, kept with its measurements.</summary>
public sealed record ArchivedIndicator(string Key, string Title, long MeasurementCount);

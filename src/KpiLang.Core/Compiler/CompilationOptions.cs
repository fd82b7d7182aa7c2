using KpiLang.Sources;

namespace KpiLang.Compiler;

/// <summary>
/// Settings of one compilation. <see cref="Today"/> is explicit (never the clock inside the compiler) so that
/// checks of overdue reviews are reproducible.
/// </summary>
public sealed record CompilationOptions(string? WorkspaceRoot, DateOnly Today)
{
    public IFileProvider Files { get; init; } = PhysicalFileProvider.Instance;

    /// <summary>
    /// The indicators of the database being built (active or archived there): 'vervangt:' may name them even when the
    /// specification no longer declares them. Empty for a plain check, where such a name is unknown.
    /// </summary>
    public System.Collections.Immutable.ImmutableHashSet<string> DatabaseIndicators { get; init; } = [];

    public static CompilationOptions ForToday(string? workspaceRoot = null) =>
        new(workspaceRoot, DateOnly.FromDateTime(DateTime.Today));
}

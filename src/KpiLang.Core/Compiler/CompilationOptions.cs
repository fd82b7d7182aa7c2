using KpiLang.Sources;

namespace KpiLang.Compiler;

/// <summary>
/// Settings of one compilation. <see cref="Today"/> is explicit (never the clock inside the compiler) so that
/// checks of overdue reviews are reproducible.
/// </summary>
public sealed record CompilationOptions(string? WorkspaceRoot, DateOnly Today)
{
    public IFileProvider Files { get; init; } = PhysicalFileProvider.Instance;

    public static CompilationOptions ForToday(string? workspaceRoot = null) =>
        new(workspaceRoot, DateOnly.FromDateTime(DateTime.Today));
}

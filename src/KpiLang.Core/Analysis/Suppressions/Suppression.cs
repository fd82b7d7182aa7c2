using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Analysis.Suppressions;

/// <summary>
/// One kpi-negeer comment: which codes it silences, over which span (the next declaration or line, or the whole
/// file), and the reason written after the colon.
/// </summary>
public sealed record Suppression(SyntaxTree Tree, TextSpan Comment, string Code, TextSpan Scope, bool WholeFile, string? Reason);

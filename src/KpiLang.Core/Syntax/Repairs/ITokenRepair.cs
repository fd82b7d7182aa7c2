namespace KpiLang.Syntax.Repairs;

/// <summary>
/// One repair between the lexer and the parser. A repair may retype, join, hide or insert tokens; it must report
/// every change it makes as a diagnostic (nothing is repaired silently) and keep every character of the source in a
/// token or in trivia, so the syntax tree, the formatter and the editor still see the text as typed.
/// </summary>
internal interface ITokenRepair
{
    void Apply(RepairTokens tokens);
}

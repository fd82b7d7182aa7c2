namespace KpiLang.Syntax;

public enum DeclarationKind
{
    Organisation,
    Scope,
    Actor,
    Goal,
    Effort,
    Indicator,
}

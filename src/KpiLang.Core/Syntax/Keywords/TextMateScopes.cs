namespace KpiLang.Syntax;

/// <summary>
/// The scope names of vscode-extension/syntaxes/kpi.tmLanguage.json that colour keywords. A test holds the grammar's
/// word lists to the keyword table, so a keyword added to the table without its colour fails the build.
/// </summary>
public static class TextMateScopes
{
    public const string Import = "keyword.control.import.kpi";
    public const string Declaration = "storage.type.declaration.kpi";
    public const string Property = "support.type.property-name.kpi";
    public const string Comparison = "keyword.other.comparison.kpi";
    public const string Reference = "keyword.other.reference.kpi";
    public const string Unit = "keyword.other.unit.kpi";
    public const string Time = "keyword.other.time.kpi";
    public const string Window = "keyword.other.window.kpi";
    public const string Frequency = "keyword.other.frequency.kpi";
    public const string Review = "keyword.other.review.kpi";
    public const string Replacement = "keyword.other.replacement.kpi";
    public const string Story = "keyword.other.story.kpi";
    public const string Other = "keyword.other.kpi";
    public const string Kind = "constant.language.kind.kpi";
}

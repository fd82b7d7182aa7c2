using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Syntax;

/// <summary>
/// The words the parser's messages are made of: how a token or a kind of declaration is named inside a sentence
/// ("verwacht een naam na …", "een indicator heeft een naam nodig"). Texts in SyntaxText.resx and SyntaxText.en.resx.
/// </summary>
public static class SyntaxText
{
    private static readonly TextTable Texts = new(typeof(SyntaxText));

    /// <summary>"een doel" / "a goal"; "een kengetal" for an indicator declared as a monitoring figure.</summary>
    public static LocalizedText WithArticle(DeclarationKind kind, bool monitoringFigure = false) => kind switch
    {
        DeclarationKind.Organisation => AnOrganisation,
        DeclarationKind.Scope => AScope,
        DeclarationKind.Actor => AnActor,
        DeclarationKind.Goal => AGoal,
        DeclarationKind.Effort => AnEffort,
        DeclarationKind.Indicator when monitoringFigure => AMonitoringFigure,
        DeclarationKind.Indicator => AnIndicator,
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };

    /// <summary>"doel" / "goal": the kind without its article, as in a list ("een scope, doel of indicator").</summary>
    public static LocalizedText Noun(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Organisation => Organisation,
        DeclarationKind.Scope => Scope,
        DeclarationKind.Actor => Actor,
        DeclarationKind.Goal => Goal,
        DeclarationKind.Effort => Effort,
        DeclarationKind.Indicator => Indicator,
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };

    private static LocalizedText AnOrganisation => Texts.Text(nameof(AnOrganisation));
    private static LocalizedText AScope => Texts.Text(nameof(AScope));
    private static LocalizedText AnActor => Texts.Text(nameof(AnActor));
    private static LocalizedText AGoal => Texts.Text(nameof(AGoal));
    private static LocalizedText AnEffort => Texts.Text(nameof(AnEffort));
    private static LocalizedText AnIndicator => Texts.Text(nameof(AnIndicator));
    private static LocalizedText AMonitoringFigure => Texts.Text(nameof(AMonitoringFigure));

    private static LocalizedText Organisation => Texts.Text(nameof(Organisation));
    private static LocalizedText Scope => Texts.Text(nameof(Scope));
    private static LocalizedText Actor => Texts.Text(nameof(Actor));
    private static LocalizedText Goal => Texts.Text(nameof(Goal));
    private static LocalizedText Effort => Texts.Text(nameof(Effort));
    private static LocalizedText Indicator => Texts.Text(nameof(Indicator));

    /// <summary>"een scope, doel of indicator": the article once, before a list of kinds.</summary>
    public static LocalizedText OneOfKinds(LocalizedText kinds, LocalizedText last) =>
        Texts.Format(nameof(OneOfKinds), ("kinds", kinds), ("last", last));

    /// <summary>"een naam, een getal of ':'": the things the parser expected.</summary>
    public static LocalizedText OneOf(LocalizedText items, LocalizedText last) =>
        Texts.Format(nameof(OneOf), ("items", items), ("last", last));

    // Tokens after "verwacht" (with an article) ...
    internal static LocalizedText TheEndOfTheFile => Texts.Text(nameof(TheEndOfTheFile));
    internal static LocalizedText TheStartOfTheFile => Texts.Text(nameof(TheStartOfTheFile));
    internal static LocalizedText AName => Texts.Text(nameof(AName));
    internal static LocalizedText AQuotedText => Texts.Text(nameof(AQuotedText));
    internal static LocalizedText ANumber => Texts.Text(nameof(ANumber));
    internal static LocalizedText ADate => Texts.Text(nameof(ADate));
    internal static LocalizedText ADeclaration => Texts.Text(nameof(ADeclaration));
    internal static LocalizedText AProperty => Texts.Text(nameof(AProperty));
    internal static LocalizedText AComparison => Texts.Text(nameof(AComparison));

    // ... and after "onverwacht" (without one: "onverwacht einde van het bestand").
    internal static LocalizedText EndOfFile => Texts.Text(nameof(EndOfFile));
    internal static LocalizedText TheText(string text) => Texts.Format(nameof(TheText), ("text", text));
    internal static LocalizedText KeywordNamed(string keyword) => Texts.Format(nameof(KeywordNamed), ("keyword", keyword));
}

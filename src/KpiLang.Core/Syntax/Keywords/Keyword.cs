using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Syntax;

/// <summary>
/// One row of the keyword table: how a keyword is spelled, what token it becomes, what it means (the declaration or
/// property it stands for), where it is allowed, how hover and completion explain it and how the editor colours it.
/// </summary>
public sealed record Keyword
{
    internal Keyword(string text, KeywordRole role, SyntaxKind kind, int tokenType, string textMateScope)
    {
        Text = text;
        Role = role;
        Kind = kind;
        TokenType = tokenType;
        TextMateScope = textMateScope;
        Words = [.. text.Split(' ')];
        Spellings = [text];
    }

    /// <summary>The spelling the compiler writes: "eigenaar", "gekoppeld aan", "beïnvloedt".</summary>
    public string Text { get; }

    /// <summary>Every accepted spelling, the first being <see cref="Text"/>: "beïnvloedt", "beinvloedt".</summary>
    public ImmutableArray<string> Spellings { get; init; }

    /// <summary>The words of the spelling: two for 'gekoppeld aan' and 'afgesproken met', one otherwise.</summary>
    public ImmutableArray<string> Words { get; }

    public KeywordRole Role { get; }

    /// <summary>The kind of the token the keyword becomes.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The generated parser's token type; used only inside <c>Syntax/</c>.</summary>
    internal int TokenType { get; }

    /// <summary>For a declaration keyword: the kind of declaration.</summary>
    public DeclarationKind? Declaration { get; init; }

    /// <summary>'kengetal': an indicator followed on purpose without a target.</summary>
    public bool IsMonitoringFigure { get; init; }

    /// <summary>For a property key: which property.</summary>
    public PropertyKey? Property { get; init; }

    /// <summary>For a property key: the shape of its value.</summary>
    public PropertyForm? Form { get; init; }

    /// <summary>For a declaration or property: where it may stand.</summary>
    public Places AllowedIn { get; init; }

    /// <summary>For a property: whether it may be given more than once in one declaration.</summary>
    public bool Repeatable { get; init; }

    /// <summary>For a word inside values: whether the grammar also takes it as a name (KpiParser.g4's 'identifier').</summary>
    public bool MayBeName { get; init; }

    /// <summary>What the keyword means, for hover and completion.</summary>
    public LocalizedText? Help { get; init; }

    /// <summary>How completion offers the word when it goes with another ("hoger dan"); else <see cref="Text"/>.</summary>
    public string Phrase { get => field ?? Text; init; }

    /// <summary>The scope the TextMate grammar (vscode-extension/syntaxes/kpi.tmLanguage.json) colours the word with.</summary>
    public string TextMateScope { get; }

    public override string ToString() => Text;
}

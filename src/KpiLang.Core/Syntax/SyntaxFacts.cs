using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>Facts about token kinds for the tools outside <c>Syntax/</c>: how a kind is written, which kinds compare.</summary>
public static class SyntaxFacts
{
    /// <summary>The kinds a streefwaarde's comparison starts with, in the order completion offers them.</summary>
    public static ImmutableArray<SyntaxKind> Comparators { get; } =
    [
        SyntaxKind.GreaterEqual, SyntaxKind.LessEqual, SyntaxKind.Greater, SyntaxKind.Less, SyntaxKind.Equals,
        SyntaxKind.MinimaalKeyword, SyntaxKind.MaximaalKeyword, SyntaxKind.PreciesKeyword, SyntaxKind.TussenKeyword,
        SyntaxKind.BinnenKeyword, SyntaxKind.HogerKeyword, SyntaxKind.LagerKeyword, SyntaxKind.GelijkKeyword,
        SyntaxKind.BeterKeyword, SyntaxKind.ToenameKeyword, SyntaxKind.AfnameKeyword, SyntaxKind.StabielKeyword,
    ];

    /// <summary>How a kind of punctuation or a word inside values is written: "&gt;=", "per".</summary>
    public static string Spelling(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBrace => "{",
        SyntaxKind.CloseBrace => "}",
        SyntaxKind.Colon => ":",
        SyntaxKind.Comma => ",",
        SyntaxKind.DotDot => "..",
        SyntaxKind.Plus => "+",
        SyntaxKind.Minus => "-",
        SyntaxKind.GreaterEqual => ">=",
        SyntaxKind.LessEqual => "<=",
        SyntaxKind.Greater => ">",
        SyntaxKind.Less => "<",
        SyntaxKind.Equals => "=",
        SyntaxKind.Percent => "%",
        SyntaxKind.Euro => "€",
        _ => Keywords.Of(kind).Text,
    };
}

using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>sleutel: waarde</c>. The key is one or two keywords ("gekoppeld aan").</summary>
public abstract class PropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon) : MemberSyntax
{
    public ImmutableArray<SyntaxToken> KeyTokens { get; } = keyTokens;
    public SyntaxToken Colon { get; } = colon;

    /// <summary>The key as written: "eigenaar", "gekoppeld aan".</summary>
    public string KeyText => string.Join(' ', KeyTokens.Select(t => t.Text));

    /// <summary>The key's row of the keyword table; also for a key the repair pass read from a misspelling.</summary>
    public Keyword Keyword => KeyTokens.FirstOrDefault()?.Keyword
        ?? throw new InvalidOperationException($"a property without a key keyword: '{KeyText}'");

    /// <summary>Which property this is. Every property the parser builds has a key from the keyword table.</summary>
    public PropertyKey Key => Keyword.Property ?? throw new InvalidOperationException($"'{Keyword.Text}' is not a property key");
}

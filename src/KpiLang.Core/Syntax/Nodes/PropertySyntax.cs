using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>sleutel: waarde</c>. The key is one or two keywords ("gekoppeld aan").</summary>
public abstract class PropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon) : MemberSyntax
{
    public ImmutableArray<SyntaxToken> KeyTokens { get; } = keyTokens;
    public SyntaxToken Colon { get; } = colon;

    /// <summary>The key as the keyword table spells it ("eigenaar", "gekoppeld aan"), also when written misspelled.</summary>
    public string KeyText => KeyTokens.FirstOrDefault()?.Keyword?.Text ?? string.Join(' ', KeyTokens.Select(t => t.Text));

    /// <summary>The key's row of the keyword table; also for a key the repair pass read from a misspelling.</summary>
    public Keyword Keyword => KeyTokens.FirstOrDefault()?.Keyword
        ?? throw new InvalidOperationException($"a property without a key keyword: '{string.Join(' ', KeyTokens.Select(t => t.Text))}'");

    /// <summary>Which property this is. Every property the parser builds has a key from the keyword table.</summary>
    public PropertyKey Key => Keyword.Property ?? throw new InvalidOperationException($"'{Keyword.Text}' is not a property key");
}

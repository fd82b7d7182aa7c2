using System.Collections.Immutable;
namespace KpiLang.Syntax;

public enum FrequencyForm
{
    /// <summary><c>maandelijks</c></summary>
    Named,
    /// <summary><c>2 keer per jaar</c></summary>
    TimesPerPeriod,
    /// <summary><c>elke 3 maanden</c>, <c>elke maand</c></summary>
    EveryPeriod,
}

/// <summary>How often something happens: a word, "N keer per periode" or "elke [N] periode".</summary>
public sealed class FrequencySyntax(FrequencyForm form, SyntaxToken? leadingKeyword, SyntaxToken? count, SyntaxToken? timesKeyword,
    SyntaxToken? perKeyword, SyntaxToken word) : SyntaxNode
{
    public FrequencyForm Form { get; } = form;
    /// <summary>"elke" for the every-period form.</summary>
    public SyntaxToken? LeadingKeyword { get; } = leadingKeyword;
    public SyntaxToken? Count { get; } = count;
    public SyntaxToken? TimesKeyword { get; } = timesKeyword;
    public SyntaxToken? PerKeyword { get; } = perKeyword;
    /// <summary>The frequency word (maandelijks) or the period (jaar, maanden).</summary>
    public SyntaxToken Word { get; } = word;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new FrequencySyntax(Form, r.TokenOrNull(LeadingKeyword), r.TokenOrNull(Count), r.TokenOrNull(TimesKeyword),
            r.TokenOrNull(PerKeyword), r.Token(Word));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(LeadingKeyword, Count, TimesKeyword, PerKeyword, Word);
}

using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Semantics;

internal sealed partial class Binder
{
    /// <summary>
    /// 'bespreking: team bestuur': after an actor a frequency may follow, so the grammar reads 'bestuur' as one. When
    /// it is no frequency word but a declared actor, a comma was forgotten: one error that says so, with the fix, and
    /// both actors count, instead of "'bestuur' is geen geldige waarde voor 'frequentie'".
    /// </summary>
    private ActorSymbol? ForgottenComma(SyntaxTree tree, AudienceSyntax audience)
    {
        if (audience.Frequency is not { Form: FrequencyForm.Named, Word: { IsMissing: false } word }) return null;
        if (Vocabulary.FrequencyWords.ContainsKey(word.Text.ToLowerInvariant())) return null;
        if (!_byName.TryGetValue((_specificationOf[tree], word.Text), out var symbol)) return null;
        var written = $"{audience.Who.Text}, {word.Text}";
        _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ForgottenComma, new Location(tree.Text, word.Span), word.Text,
                symbol.Kind.WithArticle(), audience.Who.Text)
            with { Fix = new CodeFix(new($"Schrijf '{written}'", $"Write '{written}'"),
                [new TextEdit(tree.Text, new TextSpan(audience.Who.Span.End, 0), ",")]) });
        _references[word] = symbol;
        return symbol as ActorSymbol ?? ResolveActor(tree, word);
    }
}

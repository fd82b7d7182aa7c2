using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// 'bijstand-totaal' is meant as one name. The lexer reads a word, a minus and a word; joined back into one name it
/// is reported once with the name written with '_', instead of an indicator 'bijstand' and errors for the rest.
/// Only words written against the '-' are joined: nowhere in the language does a word follow a minus directly.
/// </summary>
internal sealed class HyphenatedNameRepair : ITokenRepair
{
    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i)) continue;
            var last = i;
            while (last + 2 < tokens.Count && tokens[last + 1].Type == KpiParser.MINUS && tokens.IsWord(last + 2)
                   && Touching(tokens, last, last + 1) && Touching(tokens, last + 1, last + 2))
                last += 2;
            if (last == i) continue;
            var span = tokens.Span(i, last);
            var written = tokens.Source.Text.Substring(span.Start, span.Length);
            var name = written.Replace('-', '_');
            tokens.Report(Diagnostic.Create(CompilerDiagnostics.HyphenInName, new Location(tokens.Source, span), name)
                with { Fix = tokens.Replacement(span, name, new($"Schrijf '{name}'", $"Write '{name}'")) });
            tokens.Join(i, last, KpiParser.IDENTIFIER);
        }
    }

    private static bool Touching(RepairTokens tokens, int a, int b) => tokens[a].StopIndex + 1 == tokens[b].StartIndex;
}

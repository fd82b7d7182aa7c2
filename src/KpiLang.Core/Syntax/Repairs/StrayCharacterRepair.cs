using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// Characters that have no place in the language (§, ?, ;, …) are reported once per run on a line and taken out of the
/// parser's sight. Left in, each one sent the parser into recovery, which swallowed the mistakes after it; now the
/// rest of the file is read as if they were not there, and every later mistake is reported on its own.
/// </summary>
internal sealed class StrayCharacterRepair : ITokenRepair
{
    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != KpiParser.UNKNOWN_CHAR || !RepairTokens.IsSignificant(tokens[i])) continue;
            var last = i;
            for (var next = tokens.Next(i); tokens[next].Type == KpiParser.UNKNOWN_CHAR && tokens.SameLine(i, next); next = tokens.Next(next))
                last = next;
            var span = tokens.Span(i, last);
            var text = tokens.Source.Text.Substring(span.Start, span.Length);
            tokens.Report(Diagnostic.Create(CompilerDiagnostics.UnknownCharacter, new Location(tokens.Source, span), text)
                with { Fix = tokens.Replacement(span, string.Empty, new($"Haal '{text}' weg", $"Remove '{text}'")) });
            for (var j = i; j <= last; j++)
                if (RepairTokens.IsSignificant(tokens[j])) tokens.Hide(j);
            i = last;
        }
    }
}

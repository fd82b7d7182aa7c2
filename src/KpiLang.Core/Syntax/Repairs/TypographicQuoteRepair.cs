using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// A title pasted from a word processor comes in typographic quotes (“…”, „…”). It is reported once, with a fix to
/// straight quotes, and read as the text it is meant to be, so the declaration still binds and no false findings
/// ("geen soort", "geen eigenaar") follow from a block the parser could not read.
/// </summary>
internal sealed class TypographicQuoteRepair : ITokenRepair
{
    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != KpiParser.TYPOGRAPHIC_STRING) continue;
            var text = tokens.Text(i);
            var straight = "\"" + text[1..^1].Replace("\\", "\\\\", StringComparison.Ordinal) + "\"";
            var span = tokens.Span(i);
            tokens.Report(Diagnostic.Create(CompilerDiagnostics.TypographicQuotes, new Location(tokens.Source, span), text)
                with { Fix = tokens.Replacement(span, straight, new("Gebruik rechte aanhalingstekens", "Use straight quotes")) });
            tokens.Retype(i, KpiParser.STRING);
        }
    }
}

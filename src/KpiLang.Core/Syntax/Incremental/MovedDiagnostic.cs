using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Syntax.Incremental;

/// <summary>
/// A syntax diagnostic carried into the new version of its text: every place it names (its span, related places,
/// the edits of its fix) from <c>from</c> on moves by <c>delta</c>, and all of them point into the new text.
/// </summary>
internal static class MovedDiagnostic
{
    public static Diagnostic Move(Diagnostic diagnostic, SourceText text, int from, int delta)
    {
        TextSpan Span(TextSpan span) => span.Start >= from ? new TextSpan(span.Start + delta, span.Length) : span;
        Location Place(Location location) => location.Source.Path == text.Path ? new Location(text, Span(location.Span)) : location;
        return diagnostic with
        {
            Location = Place(diagnostic.Location),
            RelatedLocations = [.. diagnostic.RelatedLocations.Select(Place)],
            Fix = diagnostic.Fix is { } fix
                ? fix with { Edits = [.. fix.Edits.Select(e => e.Source.Path == text.Path ? e with { Source = text, Span = Span(e.Span) } : e)] }
                : null,
        };
    }
}

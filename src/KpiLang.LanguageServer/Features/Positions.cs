using KpiLang.LanguageServer.Protocol;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

/// <summary>Conversions between the compiler's spans and the protocol's ranges (both count UTF-16 code units).</summary>
internal static class Positions
{
    public static Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    public static Protocol.Range ToRange(SourceText text, TextSpan span)
    {
        var lines = text.GetLinePositionSpan(span);
        return new(ToPosition(lines.Start), ToPosition(lines.End));
    }

    public static Protocol.Range ToRange(Diagnostics.Location location) => ToRange(location.Source, location.Span);

    /// <summary>The offset of a client position, clamped into the text (a stale or wrong position never throws).</summary>
    public static int ToOffset(SourceText text, Position position) =>
        text.GetPosition(new LinePosition(Math.Max(0, position.Line), Math.Max(0, position.Character)));

    public static TextSpan ToSpan(SourceText text, Protocol.Range range)
    {
        var start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }
}

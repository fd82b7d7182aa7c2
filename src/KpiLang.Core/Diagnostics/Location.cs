using KpiLang.Text;

namespace KpiLang.Diagnostics;

/// <summary>A span in a source text: where a diagnostic or a symbol is.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePositionSpan LineSpan => Source.GetLinePositionSpan(Span);

    public override string ToString() => $"{Path}({LineSpan.Start})";
}

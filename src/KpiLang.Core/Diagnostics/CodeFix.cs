using System.Collections.Immutable;
using KpiLang.Text;

namespace KpiLang.Diagnostics;

/// <summary>A text change a tool may apply to fix a finding; the language server offers it as a quick fix.</summary>
public sealed record CodeFix(LocalizedText Title, ImmutableArray<TextEdit> Edits);

public sealed record TextEdit(SourceText Source, TextSpan Span, string NewText);

namespace KpiLang.Generator;

/// <summary>One generated .kpi file: its path relative to the workspace root (forward slashes) and its text.</summary>
public sealed record GeneratedFile(string RelativePath, string Text)
{
    public int LineCount => Text.Count(c => c == '\n');
}

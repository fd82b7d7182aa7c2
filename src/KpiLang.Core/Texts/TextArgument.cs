namespace KpiLang.Texts;

/// <summary>One named argument of a text: <c>("path", path)</c> fills <c>{path}</c>.</summary>
public readonly record struct TextArgument(string Name, object? Value)
{
    public static implicit operator TextArgument((string Name, object? Value) pair) => new(pair.Name, pair.Value);
}

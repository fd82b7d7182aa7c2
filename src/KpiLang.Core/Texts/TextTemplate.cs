using System.Globalization;
using System.Text;
using KpiLang.Diagnostics;

namespace KpiLang.Texts;

/// <summary>
/// Fills the placeholders of one text from a table. A placeholder is named (<c>{path}</c>) or numbered (<c>{0}</c>,
/// the diagnostics' arguments); <c>{count:regel|regels}</c> picks the singular when the count is 1, so a sentence
/// says "1 regel" and "3 regels" without gluing nouns onto it in code; <c>{{</c> and <c>}}</c> are literal braces, as
/// in <see cref="string.Format(string, object?[])"/>, whose numbered form this reads the same way. Arguments are
/// written for the reader: a localized argument in the text's language, a decimal number with the language's decimal
/// sign, everything else invariant.
/// </summary>
public static class TextTemplate
{
    /// <summary>Renders <paramref name="template"/> with arguments looked up by placeholder name.</summary>
    public static string Render(string template, Language language, IReadOnlyList<TextArgument> arguments) =>
        Render(template, language, name =>
        {
            foreach (var argument in arguments)
                if (argument.Name == name) return (true, argument.Value);
            return (false, null);
        });

    /// <summary>Renders <paramref name="template"/> whose placeholders are the positions in <paramref name="arguments"/>.</summary>
    public static string Render(string template, Language language, IReadOnlyList<object?> arguments) =>
        Render(template, language, name =>
            int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < arguments.Count
                ? (true, arguments[index])
                : (false, null));

    /// <summary>The placeholder names of a template, each once, in order of first appearance ("path", "0").</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        Scan(template, (name, _) =>
        {
            if (!names.Contains(name)) names.Add(name);
            return string.Empty;
        });
        return names;
    }

    private delegate (bool Found, object? Value) Lookup(string name);

    private static string Render(string template, Language language, Lookup lookup) =>
        Scan(template, (name, forms) =>
        {
            var (found, value) = lookup(name);
            if (!found) throw new FormatException($"The text \"{template}\" needs an argument '{name}'.");
            return forms is null ? Write(value, language) : Choose(value, forms, template);
        });

    /// <summary>Walks the template, copying text and replacing each placeholder by what <paramref name="fill"/> gives.</summary>
    private static string Scan(string template, Func<string, string[]?, string> fill)
    {
        // Most texts have no placeholder at all: no copy.
        if (template.IndexOfAny(['{', '}']) < 0) return template;
        var result = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}')
                {
                    result.Append('}');
                    i++;
                    continue;
                }
                throw new FormatException($"The text \"{template}\" has a '}}' without its '{{' at {i}; write '}}}}' for a brace.");
            }
            if (c != '{')
            {
                result.Append(c);
                continue;
            }
            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                result.Append('{');
                i++;
                continue;
            }
            var close = template.IndexOf('}', i + 1);
            if (close < 0) throw new FormatException($"The text \"{template}\" has a '{{' without its '}}' at {i}; write '{{{{' for a brace.");
            var inner = template[(i + 1)..close];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? inner : inner[..colon];
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
                throw new FormatException($"The text \"{template}\" has a placeholder '{{{inner}}}' that is not a name.");
            string[]? forms = null;
            if (colon >= 0)
            {
                forms = inner[(colon + 1)..].Split('|');
                if (forms.Length != 2) throw new FormatException($"The text \"{template}\" has '{{{inner}}}'; a count's forms are written 'one|many'.");
            }
            result.Append(fill(name, forms));
            i = close;
        }
        return result.ToString();
    }

    private static string Write(object? value, Language language) => value switch
    {
        null => string.Empty,
        string text => text,
        ILocalizedArgument localized => localized.Get(language),
        decimal number => NumberText.Format(number, language),
        double number => NumberText.Format(number, language),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Choose(object? value, string[] forms, string template) => value switch
    {
        int count => count == 1 ? forms[0] : forms[1],
        long count => count == 1 ? forms[0] : forms[1],
        _ => throw new FormatException($"The text \"{template}\" chooses a form by a count, but was given {value?.GetType().Name ?? "null"}."),
    };
}

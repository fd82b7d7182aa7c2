using System.Text.RegularExpressions;
using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>
/// System.CommandLine's own messages in the user's language. The library ships no Dutch and, with invariant
/// globalization, only its English texts; its parse errors carry no code, so they are recognised by the English
/// templates of System.CommandLine 2.0 (Resources.resx) and rewritten. A message that matches none of them stays
/// as the library wrote it, so nothing is ever hidden.
/// </summary>
internal static partial class ParseErrorText
{
    public static string Translate(string message, Language language, IReadOnlyList<string> commands)
    {
        foreach (var (pattern, text) in Templates)
        {
            var match = pattern.Match(message);
            if (match.Success) return text(match, commands).Get(language);
        }
        return message;
    }

    /// <summary>
    /// The messages worth showing: after "Unrecognized command or argument 'chek'" neither "Required command was not
    /// provided." nor one more line for each word after the unknown command says anything new.
    /// </summary>
    public static IEnumerable<string> WorthShowing(IReadOnlyList<string> messages)
    {
        var unrecognized = messages.Where(IsUnrecognized).Take(1).ToList();
        if (unrecognized.Count == 0) return messages;
        return messages.Where(m => m != "Required command was not provided." && (!IsUnrecognized(m) || m == unrecognized[0]));
    }

    private static bool IsUnrecognized(string message) => message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal);

    private static readonly (Regex Pattern, Func<Match, IReadOnlyList<string>, LocalizedText> Text)[] Templates =
    [
        (Exact("Required command was not provided."), (_, commands) => new(
            $"geef een commando: {Or(commands, "of")}.", $"give a command: {Or(commands, "or")}.")),
        (Template("Unrecognized command or argument '(?<a>.*)'."), (m, commands) => new(
            $"onbekend commando of argument '{m.Groups["a"].Value}'; de commando's zijn {Or(commands, "en")}.",
            $"unknown command or argument '{m.Groups["a"].Value}'; the commands are {Or(commands, "and")}.")),
        (Template("Required argument missing for command: '(?<a>.*)'."), (m, _) => new(
            $"'{m.Groups["a"].Value}' heeft nog een argument nodig (bijvoorbeeld een bestand of map).",
            $"'{m.Groups["a"].Value}' needs an argument (for example a file or folder).")),
        (Template("Required argument missing for option: '(?<a>.*)'."), (m, _) => new(
            $"de optie '{m.Groups["a"].Value}' heeft een waarde nodig.", $"the option '{m.Groups["a"].Value}' needs a value.")),
        (Template("Option '(?<a>.*)' is required."), (m, _) => new(
            $"de optie '{m.Groups["a"].Value}' is verplicht.", $"the option '{m.Groups["a"].Value}' is required.")),
        (Template("Option '(?<a>.*)' expects a single argument but (?<n>\\d+) were provided."), (m, _) => new(
            $"de optie '{m.Groups["a"].Value}' krijgt één waarde, maar er zijn er {m.Groups["n"].Value} gegeven.",
            $"the option '{m.Groups["a"].Value}' takes one value, but {m.Groups["n"].Value} were given.")),
        (Template("Argument '(?<a>.*)' not recognized. Must be one of:(?<list>.*)"), (m, _) => new(
            $"'{m.Groups["a"].Value}' is hier geen geldige waarde; kies uit {Or(Values(m), "of")}.",
            $"'{m.Groups["a"].Value}' is not a valid value here; choose from {Or(Values(m), "or")}.")),
        (Template("Cannot parse argument '(?<a>.*)' for option '(?<o>.*)' as expected type '.*'.(?<rest>.*)"), (m, _) => new(
            $"'{m.Groups["a"].Value}' is geen geldige waarde voor de optie '{m.Groups["o"].Value}'.",
            $"'{m.Groups["a"].Value}' is not a valid value for the option '{m.Groups["o"].Value}'.")),
        (Template("Cannot parse argument '(?<a>.*)' for command '(?<c>.*)' as expected type '.*'.(?<rest>.*)"), (m, _) => new(
            $"'{m.Groups["a"].Value}' is geen geldig argument voor '{m.Groups["c"].Value}'.",
            $"'{m.Groups["a"].Value}' is not a valid argument for '{m.Groups["c"].Value}'.")),
        (Template("(?<o>.*) option cannot be combined with other arguments."), (m, _) => new(
            $"de optie {m.Groups["o"].Value} kan niet samen met andere argumenten.", $"the option {m.Groups["o"].Value} cannot be combined with other arguments.")),
        (Template("Response file not found '(?<a>.*)'."), (m, _) => new(
            $"het antwoordbestand '{m.Groups["a"].Value}' bestaat niet (een argument dat met @ begint, noemt een bestand met argumenten).",
            $"the response file '{m.Groups["a"].Value}' does not exist (an argument that starts with @ names a file of arguments).")),
        (Template("Error reading response file '(?<a>.*)': (?<reason>.*)"), (m, _) => new(
            $"het antwoordbestand '{m.Groups["a"].Value}' kan niet worden gelezen: {m.Groups["reason"].Value}",
            $"the response file '{m.Groups["a"].Value}' cannot be read: {m.Groups["reason"].Value}")),
        (Template("'(?<a>.*)' was not matched. Did you mean one of the following\\?(?<list>.*)"), (m, _) => new(
            $"'{m.Groups["a"].Value}' is onbekend; bedoel je {Or(Values(m), "of")}?", $"'{m.Groups["a"].Value}' is unknown; did you mean {Or(Values(m), "or")}?")),
    ];

    private static Regex Exact(string message) => new($"^{Regex.Escape(message)}$", RegexOptions.CultureInvariant);

    /// <summary>A template with named groups; everything else in it is literal.</summary>
    private static Regex Template(string pattern) => new($"^{pattern.Replace(". ", "\\. ", StringComparison.Ordinal)}$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The values System.CommandLine lists one per line ("\n\t'text'\n\t'json'").</summary>
    private static List<string> Values(Match match) =>
        [.. match.Groups["list"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Or(IReadOnlyList<string> parts, string or) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + $" {or} " + parts[^1];
}

using System.Text.RegularExpressions;
using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Cli;

/// <summary>
/// System.CommandLine's own messages in the user's language. The library ships no Dutch and, with invariant
/// globalization, only its English texts; its parse errors carry no code, so they are recognised by the English
/// templates of System.CommandLine 2.0 (Resources.resx) and rewritten. A message that matches none of them stays
/// as the library wrote it, so nothing is ever hidden.
/// </summary>
internal static partial class ParseErrorText
{
    private static readonly TextTable Texts = new(typeof(ParseErrorText));

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
        (Exact("Required command was not provided."), (_, commands) => Texts.Format("NoCommand", ("choices", Either(commands)))),
        (Template("Unrecognized command or argument '(?<a>.*)'."), (m, commands) => Texts.Format("UnknownCommand", ("argument", A(m)), ("commands", Both(commands)))),
        (Template("Required argument missing for command: '(?<a>.*)'."), (m, _) => Texts.Format("ArgumentMissing", ("argument", A(m)))),
        (Template("Required argument missing for option: '(?<a>.*)'."), (m, _) => Texts.Format("OptionValueMissing", ("argument", A(m)))),
        (Template("Option '(?<a>.*)' is required."), (m, _) => Texts.Format("OptionRequired", ("argument", A(m)))),
        (Template("Option '(?<a>.*)' expects a single argument but (?<n>\\d+) were provided."), (m, _) => Texts.Format("OptionTakesOneValue", ("argument", A(m)), ("count", N(m)))),
        (Template("Argument '(?<a>.*)' not recognized. Must be one of:(?<list>.*)"), (m, _) => Texts.Format("InvalidValue", ("argument", A(m)), ("choices", Either(Values(m))))),
        (Template("Cannot parse argument '(?<a>.*)' for option '(?<o>.*)' as expected type '.*'.(?<rest>.*)"), (m, _) => Texts.Format("InvalidOptionValue", ("argument", A(m)), ("option", O(m)))),
        (Template("Cannot parse argument '(?<a>.*)' for command '(?<c>.*)' as expected type '.*'.(?<rest>.*)"), (m, _) => Texts.Format("InvalidCommandArgument", ("argument", A(m)), ("command", C(m)))),
        (Template("(?<o>.*) option cannot be combined with other arguments."), (m, _) => Texts.Format("OptionNotCombinable", ("option", O(m)))),
        (Template("Response file not found '(?<a>.*)'."), (m, _) => Texts.Format("ResponseFileMissing", ("argument", A(m)))),
        (Template("Error reading response file '(?<a>.*)': (?<reason>.*)"), (m, _) => Texts.Format("ResponseFileUnreadable", ("argument", A(m)), ("reason", Reason(m)))),
        (Template("'(?<a>.*)' was not matched. Did you mean one of the following\\?(?<list>.*)"), (m, _) => Texts.Format("UnknownWord", ("argument", A(m)), ("choices", Either(Values(m))))),
    ];

    private static Regex Exact(string message) => new($"^{Regex.Escape(message)}$", RegexOptions.CultureInvariant);

    /// <summary>A template with named groups; everything else in it is literal.</summary>
    private static Regex Template(string pattern) => new($"^{pattern.Replace(". ", "\\. ", StringComparison.Ordinal)}$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The values System.CommandLine lists one per line ("\n\t'text'\n\t'json'").</summary>
    private static List<string> Values(Match match) =>
        [.. match.Groups["list"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string A(Match m) => m.Groups["a"].Value;
    private static string N(Match m) => m.Groups["n"].Value;
    private static string O(Match m) => m.Groups["o"].Value;
    private static string C(Match m) => m.Groups["c"].Value;
    private static string Reason(Match m) => m.Groups["reason"].Value;

    /// <summary>"a, b of c": the alternatives, joined in the reader's language.</summary>
    private static LocalizedText Either(IReadOnlyList<string> parts) => Joined(parts, "Either");

    /// <summary>"a, b en c": all of them, joined in the reader's language.</summary>
    private static LocalizedText Both(IReadOnlyList<string> parts) => Joined(parts, "Both");

    private static LocalizedText Joined(IReadOnlyList<string> parts, string key) => parts.Count <= 1
        ? LocalizedText.Invariant(string.Concat(parts))
        : Texts.Format(key, ("items", string.Join(", ", parts.Take(parts.Count - 1))), ("last", parts[^1]));
}

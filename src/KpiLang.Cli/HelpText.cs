using System.Text.RegularExpressions;
using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>
/// The headings and markers of System.CommandLine's help in Dutch ("Gebruik:", "Opties:", "(vereist)"). Only the
/// fixed English words of the library's help layout are replaced; "(vereist)" has the length of "(REQUIRED)" so the
/// columns stay aligned.
/// </summary>
internal static partial class HelpText
{
    private static readonly (string English, string Dutch)[] Headings =
    [
        ("Description:", "Beschrijving:"), ("Usage:", "Gebruik:"), ("Arguments:", "Argumenten:"), ("Options:", "Opties:"),
        ("Commands:", "Commando's:"), ("Additional Arguments:", "Extra argumenten:"),
    ];

    public static string Translate(string help, Language language)
    {
        if (language == Language.En) return help;
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            foreach (var (english, dutch) in Headings)
                if (line == english) lines[i] = lines[i].Replace(english, dutch, StringComparison.Ordinal);
            lines[i] = Default().Replace(lines[i], "[standaard: ${value}]")
                .Replace("(REQUIRED)", "(vereist) ", StringComparison.Ordinal)
                .Replace("[command]", "[commando]", StringComparison.Ordinal)
                .Replace("[options]", "[opties]", StringComparison.Ordinal);
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\[default: (?<value>[^\]]*)\]")]
    private static partial Regex Default();
}

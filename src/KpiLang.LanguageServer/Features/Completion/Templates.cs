using System.Globalization;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>
/// The snippet inserted for each declaration and for a user story. Every placeholder is valid text as it stands
/// (no reserved word such as <c>actor</c>): names are new names, choices come from the vocabulary, and where an
/// actor goes the specification's own actors are offered; without any, the line is left out. The indicator asks for everything SMART needs.
/// </summary>
internal static class Templates
{
    public static string For(DeclarationKind kind, IReadOnlyList<string> actors, DateOnly today) => kind switch
    {
        DeclarationKind.Organisation =>
            "organisatie ${1:nieuwe_organisatie} \"${2:Naam van de organisatie}\" {\n" +
            "\tmissie: \"${3:Waarom de organisatie bestaat}\"\n" +
            "\tvisie: \"${4:Waar ze naartoe wil}\"\n" +
            $"\therijking: {Choice(5, ["jaarlijks", "halfjaarlijks", "tweejaarlijks"])}\n" +
            "}",
        DeclarationKind.Scope =>
            "scope ${1:nieuwe_scope} \"${2:Titel}\" {\n" +
            "\tdienst: \"${3:Welke dienst of interventie}\"\n" +
            "\tdoelgroep: \"${4:Voor wie, zo specifiek mogelijk}\"\n" +
            "\teffect: \"${5:Het gewenste effect voor die doelgroep}\"\n" +
            OwnerLine("\t", 6, actors) +
            "}",
        DeclarationKind.Actor =>
            "actor ${1:nieuwe_actor} \"${2:Naam of functie}\" {\n" +
            $"\tsoort: {Choice(3, VocabularyWords.ActorKinds)}\n" +
            $"\tniveau: {Choice(4, VocabularyWords.Levels)}\n" +
            "}",
        DeclarationKind.Goal =>
            "doel ${1:nieuw_doel} \"${2:Wat we willen bereiken}\" {\n" +
            OwnerLine("\t", 3, actors) +
            "\tinspanning ${4:nieuwe_inspanning} \"${5:Wat we daarvoor doen}\" {\n" +
            OwnerLine("\t\t", 6, actors) +
            "\t}\n" +
            "}",
        DeclarationKind.Effort =>
            "inspanning ${1:nieuwe_inspanning} \"${2:Wat we doen}\" {\n" +
            OwnerLine("\t", 3, actors) +
            "\tpartners: \"${4:netwerkpartner}\"\n" +
            "}",
        DeclarationKind.Indicator => Indicator(actors, today),
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };

    public static string Story(IReadOnlyList<string> actors) =>
        $"verhaal: als {(actors.Count > 0 ? Choice(1, actors) : "${1:wie}")} wil ik inzicht in \"${{2:wat}}\" zodat \"${{3:waarom}}\"";

    private static string Indicator(IReadOnlyList<string> actors, DateOnly today)
    {
        var withActors = actors.Count > 0;
        return "indicator ${1:nieuwe_indicator} \"${2:Titel}\" {\n" +
            "\tdefinitie: \"${3:Wat precies geteld of gemeten wordt}\"\n" +
            $"\tlaag: {Choice(4, VocabularyWords.Layers)}\n" +
            $"\tsoort: {Choice(5, VocabularyWords.IndicatorKinds.Where(k => k != "ja/nee").ToList())}\n" +
            "\tbron: \"${6:Waar de gegevens vandaan komen}\"\n" +
            $"\tmethode: {Choice(7, VocabularyWords.Methods)}\n" +
            $"\tfrequentie: {Choice(8, ["maandelijks", "driemaandelijks", "halfjaarlijks", "jaarlijks"])}\n" +
            OwnerLine("\t", 9, actors) +
            (withActors ? "\tbespreking: ${9} ${8}\n" : "") +
            $"\tnulmeting: ${{10:0}} op ${{11:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}}\n" +
            $"\tstreefwaarde: minimaal ${{12:10}} in ${{13:{today.Year + 1}}} {{\n" +
            "\t\tdisclaimer: \"${14:Indicatief; afhankelijk van maatschappelijke ontwikkelingen.}\"\n" +
            (withActors ? $"\t\tafgesproken met: {Choice(15, actors)}\n" : "") +
            "\t}\n" +
            "}";
    }

    /// <summary>
    /// An owner: a choice of the declared actors. Without any actor there is nothing valid to name (an owner is
    /// always a declared actor), so the line is left out and the checker asks for an owner.
    /// </summary>
    private static string OwnerLine(string indent, int index, IReadOnlyList<string> actors) =>
        actors.Count > 0 ? $"{indent}eigenaar: {Choice(index, actors)}\n" : "";

    private static string Choice(int index, IReadOnlyList<string> words) =>
        words.Count == 1 ? $"${{{index}:{words[0]}}}" : $"${{{index}|{string.Join(',', words.Select(Escape))}|}}";

    private static string Escape(string word) => word.Replace("\\", "\\\\").Replace(",", "\\,").Replace("|", "\\|");

    /// <summary>The template as it reads once inserted: every placeholder replaced by its first choice or default text.</summary>
    public static string Plain(string body)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(body, @"\$\{(\d+)\|([^,|}]*)[^}]*\}", "$2");
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\$\{(\d+):([^}]*)\}", "$2");
        // A mirror (${9}) repeats what its placeholder became.
        var firsts = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(body, @"\$\{(\d+)(?:\|([^,|}]*)[^}]*|:([^}]*))\}"))
            firsts.TryAdd(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\$\{(\d+)\}", m => firsts.GetValueOrDefault(m.Groups[1].Value, "")).Replace("\t", "    ");
    }
}

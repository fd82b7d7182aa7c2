using System.Globalization;
using System.Text;

namespace KpiLang.Generator;

/// <summary>
/// Writes one programme file: goals nested two deep, efforts with a user story, two or three indicators per effort.
/// The body is written first so the actors at the top can name every goal and effort they influence.
/// </summary>
internal sealed class ProgrammeWriter(int number, Random random)
{
    private readonly StringBuilder _body = new();
    private readonly List<string> _efforts = [];
    private readonly string _prefix = $"p{number:D3}";
    private int _lines;

    public List<string> TopGoals { get; } = [];

    private string Team => _prefix + "_team";
    private string Coordinator => _prefix + "_coordinator";

    public string Write(int targetLines)
    {
        var theme = random.Pick(Vocabulary.Themes);
        for (var g = 1; _lines < targetLines - 30; g++) WriteTopGoal($"{_prefix}_d{g}", theme, targetLines);
        return Header(theme) + _body;
    }

    private string Header(string theme)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"// Programma {number}: {theme}. Gegenereerd door KpiLang.Generator.\n");
        s.Append("importeer \"../gedeeld/actoren.kpi\"\n\n");
        s.Append(CultureInfo.InvariantCulture, $"actor {Coordinator} \"Coördinator programma {number}\" {{\n    soort: rol\n    niveau: tactisch\n");
        s.Append(CultureInfo.InvariantCulture, $"    omschrijving: \"Stuurt het programma {theme} en legt verantwoording af aan de raad.\"\n");
        AppendList(s, "    beïnvloedt: ", TopGoals);
        s.Append("}\n\n");
        s.Append(CultureInfo.InvariantCulture, $"actor {Team} \"Uitvoeringsteam programma {number}\" {{\n    soort: team\n    niveau: uitvoering\n");
        AppendList(s, "    beïnvloedt: ", _efforts);
        s.Append("}\n\n");
        return s.ToString();
    }

    private static void AppendList(StringBuilder s, string lead, List<string> names)
    {
        s.Append(lead);
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) s.Append(i % 5 == 0 ? ",\n" + new string(' ', lead.Length) : ", ");
            s.Append(names[i]);
        }
        s.Append('\n');
    }

    private void Line(int indent, string text)
    {
        if (text.Length > 0) _body.Append(' ', indent * 4).Append(text);
        _body.Append('\n');
        _lines++;
    }

    private void WriteTopGoal(string name, string theme, int targetLines)
    {
        TopGoals.Add(name);
        var group = random.Pick(Vocabulary.Groups);
        Line(0, $"doel {name} \"{Capital(theme)} voor {group}\" {{");
        Line(1, "niveau: strategisch");
        Line(1, $"eigenaar: {Coordinator}");
        Line(1, $"omschrijving: \"Meer {group} krijgen op tijd passende steun bij {theme}.\"");
        Line(1, $"bespreking: gemeenteraad jaarlijks, {Coordinator} driemaandelijks");
        Line(1, $"herijking: jaarlijks door {Coordinator}, volgende 2027-01-15");
        for (var t = 1; t <= 2 && _lines < targetLines - 30; t++) WriteTeamGoal($"{name}_t{t}", group);
        Line(0, "}");
        Line(0, "");
    }

    private void WriteTeamGoal(string name, string group)
    {
        Line(1, "");
        Line(1, $"doel {name} \"Teamdoel {name[^2..]} voor {group}\" {{");
        Line(2, "niveau: tactisch");
        Line(2, $"eigenaar: {Coordinator}");
        Line(2, $"omschrijving: \"Het team bereikt {group} eerder en houdt het contact vast.\"");
        for (var e = 1; e <= 2; e++) WriteEffort($"{name}_i{e}", group);
        Line(1, "}");
    }

    private void WriteEffort(string name, string group)
    {
        _efforts.Add(name);
        var partner = random.Pick(Vocabulary.Partners);
        Line(2, "");
        Line(2, $"inspanning {name} \"Samen met {partner} {group} ondersteunen\" {{");
        Line(3, $"eigenaar: {Team}");
        Line(3, $"partners: \"{partner}\", \"{random.Pick(Vocabulary.Partners)}\"");
        Line(3, $"verhaal: als {Coordinator} wil ik inzicht in \"hoeveel {group} we bereiken\"");
        Line(3, "         zodat \"ik de inzet kan bijsturen\"");
        var count = 2 + random.Next(2);
        string? previous = null;
        for (var k = 1; k <= count; k++)
        {
            var indicator = $"{name}_k{k}";
            WriteIndicator(indicator, group, previous);
            previous = indicator;
        }
        Line(2, "}");
    }

    private void WriteIndicator(string name, string group, string? linked)
    {
        var kind = random.Next(3);
        var frequency = random.Pick(Vocabulary.Frequencies);
        var unit = random.Pick(Vocabulary.Units);
        Line(3, "");
        Line(3, kind switch
        {
            0 => $"indicator {name} \"Percentage {group} dat binnen zes weken hulp krijgt\" {{",
            1 => $"indicator {name} \"Aantal {unit} met {group}\" {{",
            _ => $"indicator {name} \"Waardering van de hulp door {group}\" {{",
        });
        Line(4, $"definitie: \"Gemeten over alle {group} die in de periode contact hadden met het team,\"");
        Line(4, "           \"volgens de registratieafspraken van het programma.\"");
        Line(4, $"laag: {(kind == 0 ? "impact" : kind == 1 ? "activiteit" : "kwaliteit")}");
        Line(4, kind switch { 0 => "soort: percentage", 1 => "soort: aantal", _ => "soort: score 1..10" });
        if (kind != 2) Line(4, $"eenheid: {(kind == 0 ? "%" : unit)}");
        Line(4, $"bron: \"Registratiesysteem {_prefix}\"");
        Line(4, $"methode: {(kind == 2 ? "enquête" : random.Pick(Vocabulary.Methods))}");
        Line(4, $"frequentie: {frequency}");
        Line(4, $"richting: {(kind == 1 ? "lager" : "hoger")}");
        Line(4, $"eigenaar: {Team}");
        Line(4, $"invoer: {Team} {frequency}");
        Line(4, $"bespreking: {Team} {frequency}, {Coordinator} halfjaarlijks");
        if (linked is not null && kind == 0) Line(4, $"gekoppeld aan: {linked}");
        var baseline = 40 + random.Next(40);
        Line(4, kind switch
        {
            0 => $"nulmeting: {baseline} % in 2024",
            1 => $"nulmeting: {baseline} {unit} in 2024",
            _ => $"nulmeting: 6,{random.Next(10)} in 2024",
        });
        Line(4, kind switch
        {
            0 => $"streefwaarde: minimaal nulmeting + {1 + random.Next(10)} procentpunt in 2026 {{",
            1 => $"streefwaarde: maximaal {baseline - random.Next(10)} {unit} per jaar van 2025 tot 2027 {{",
            _ => "streefwaarde: minimaal 7,5 uiterlijk 2026-12-31 {",
        });
        Line(5, "disclaimer: \"Afhankelijk van maatschappelijke ontwikkelingen; ter ondersteuning van het beleid.\"");
        Line(5, $"afgesproken met: {Coordinator}");
        Line(4, "}");
        Line(4, $"herijking: jaarlijks door {Coordinator}, volgende 2027-01-15");
        Line(3, "}");
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

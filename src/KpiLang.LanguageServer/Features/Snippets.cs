using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Templates for a new goal, effort, indicator and user story. The indicator template asks for everything SMART
/// needs (definition, source, owner, baseline, target with deadline and disclaimer), so a new KPI starts complete.
/// </summary>
internal static class Snippets
{
    public const string Goal =
        "doel ${1:nieuw_doel} \"${2:Wat we willen bereiken}\" {\n" +
        "    eigenaar: ${3:wie}\n" +
        "    inspanning ${4:activiteit} \"${5:Wat we daarvoor doen}\" {\n" +
        "        eigenaar: ${3:wie}\n" +
        "    }\n" +
        "}";

    public const string Effort =
        "inspanning ${1:nieuwe_inspanning} \"${2:Wat we doen}\" {\n" +
        "    eigenaar: ${3:wie}\n" +
        "    partners: ${4:wie}\n" +
        "}";

    public const string Indicator =
        "indicator ${1:nieuwe_indicator} \"${2:Titel}\" {\n" +
        "    definitie: \"${3:Wat precies geteld of gemeten wordt}\"\n" +
        "    laag: ${4|activiteit,impact,kwaliteit|}\n" +
        "    soort: ${5|aantal,percentage,score,bedrag,duur,kwalitatief|}\n" +
        "    bron: \"${6:Waar de gegevens vandaan komen}\"\n" +
        "    methode: ${7|registratie,enquête,steekproef|}\n" +
        "    frequentie: ${8|maandelijks,driemaandelijks,halfjaarlijks,jaarlijks|}\n" +
        "    eigenaar: ${9:wie}\n" +
        "    bespreking: ${9:wie} ${10|maandelijks,halfjaarlijks,jaarlijks|}\n" +
        "    nulmeting: ${11:0} op ${12:2025-01-01}\n" +
        "    streefwaarde: minimaal ${13:10} in ${14:2026} {\n" +
        "        disclaimer: \"${15:Indicatief; afhankelijk van maatschappelijke ontwikkelingen.}\"\n" +
        "    }\n" +
        "}";

    public const string Story = "verhaal: als ${1:wie} wil ik inzicht in \"${2:wat}\" zodat \"${3:waarom}\"";

    public static CompletionItem Item(string label, string body, LocalizedText detail, Language language) =>
        new(label, CompletionItemKinds.Snippet, detail.Get(language), body, InsertTextFormats.Snippet,
            MarkupContent.Markdown("```kpi\n" + Plain(body) + "\n```"), "0_" + label);

    /// <summary>The template with its placeholders replaced by their default text, as it reads once inserted.</summary>
    public static string Plain(string body) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(body, @"\$\{\d+:([^}]*)\}", "$1"),
            @"\$\{\d+\|([^,|]*)[^}]*\}", "$1");
}

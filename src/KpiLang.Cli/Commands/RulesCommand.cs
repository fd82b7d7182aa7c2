using System.CommandLine;
using System.Text.Json.Nodes;
using KpiLang.Analysis;
using KpiLang.Cli.Output;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Commands;

/// <summary><c>kpic rules</c>: every rule with its code, default level, category and one-line description.</summary>
internal static class RulesCommand
{
    public static Command Create(Language helpLanguage, TextWriter output)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = CliText.RulesFormatDescription.Get(helpLanguage),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("rules", CliText.RulesDescription.Get(helpLanguage)) { format, lang };
        command.Aliases.Add("regels");
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            if (result.GetValue(format) == "json") WriteJson(output, language);
            else WriteText(output, language);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, Language language)
    {
        foreach (var d in RuleCatalog.All)
        {
            var level = RuleLevels.ToWord(d.DefaultSeverity, language);
            output.WriteLine($"{d.Code}  {level,-12}  {CategoryName(d.Category, language),-13}  {d.Title}");
            output.WriteLine($"        {FirstSentence(d.Description.Get(language))}");
        }
        output.WriteLine(CliText.RulesFooter(RuleCatalog.All.Count).Get(language));
    }

    /// <summary>The catalogue for scripts, built as a JSON tree (no reflection, for the native kpic).</summary>
    private static void WriteJson(TextWriter output, Language language)
    {
        var rules = new JsonArray();
        foreach (var d in RuleCatalog.All)
        {
            var settings = new JsonArray();
            // (JsonNode) picks the untyped Add, which needs no reflection.
            foreach (var s in RuleCatalog.FindRule(d.Code)?.Settings ?? [])
                settings.Add((JsonNode)new JsonObject { ["name"] = s.Name, ["defaultValue"] = s.Default, ["description"] = s.Description.Get(language) });
            var rule = new JsonObject
            {
                ["code"] = d.Code,
                ["name"] = d.Title,
                ["category"] = d.Category.ToString().ToLowerInvariant(),
                ["defaultLevel"] = RuleLevels.ToWord(d.DefaultSeverity, language),
                ["description"] = FirstSentence(d.Description.Get(language)),
                ["message"] = d.MessageFormat.Get(language),
                ["settings"] = settings,
                ["helpUri"] = d.HelpUri,
            };
            // A rule that judges no SMART letter has no "smart" field at all, rather than null.
            if (d.Smart is { } letter) rule["smart"] = letter.ToString();
            rules.Add((JsonNode)rule);
        }
        output.WriteLine(new JsonObject { ["tool"] = "kpic", ["rules"] = rules }.ToJsonString(JsonOptions.Indented));
    }

    private static string CategoryName(DiagnosticCategory category, Language language) => language == Language.Nl
        ? category.ToString()
        : category switch
        {
            DiagnosticCategory.Aantal => "Count",
            DiagnosticCategory.Eigenaarschap => "Ownership",
            DiagnosticCategory.Methode => "Method",
            DiagnosticCategory.Configuratie => "Configuration",
            _ => category.ToString(),
        };

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}

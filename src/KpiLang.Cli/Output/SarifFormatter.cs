using System.Text.Json.Nodes;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (OASIS) for code-scanning tools: one run, every known rule listed in the driver, each result with
/// its rule index and a physical location relative to %SRCROOT% (the current folder). Built as a JSON tree (no
/// reflection, for the native kpic).
/// </summary>
internal sealed class SarifFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.Descriptors.ToList();
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var root = new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar);
        var driverRules = new JsonArray();
        foreach (var r in rules)
            // (JsonNode) picks the untyped Add, which needs no reflection.
            driverRules.Add((JsonNode)new JsonObject
            {
                ["id"] = r.Code,
                ["name"] = r.Title,
                ["shortDescription"] = new JsonObject { ["text"] = r.Description.Get(report.Language) },
                ["fullDescription"] = new JsonObject { ["text"] = r.Description.Get(report.Language) },
                ["helpUri"] = r.HelpUri,
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.DefaultSeverity) },
                ["properties"] = new JsonObject { ["category"] = r.Category.ToString() },
            });
        var results = new JsonArray();
        foreach (var d in report.Diagnostics) results.Add((JsonNode)Result(d, index, report.Language));
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "kpic",
                        ["version"] = report.ToolVersion,
                        ["semanticVersion"] = report.ToolVersion,
                        ["informationUri"] = DocumentationSite.BaseUri,
                        ["language"] = report.Language == Language.En ? "en" : "nl",
                        ["rules"] = driverRules,
                    },
                },
                ["originalUriBaseIds"] = new JsonObject { ["%SRCROOT%"] = new JsonObject { ["uri"] = root.AbsoluteUri } },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };
        writer.WriteLine(sarif.ToJsonString(JsonOptions.Indented));
    }

    private static JsonObject Result(Diagnostic d, Dictionary<string, int> ruleIndex, Language language)
    {
        var span = d.Location.LineSpan;
        var file = ReportedFile.Name(d.Location.Path);
        var artifact = Path.IsPathRooted(file)
            ? new JsonObject { ["uri"] = new Uri(file).AbsoluteUri }
            : new JsonObject { ["uri"] = Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = "%SRCROOT%" };
        return new JsonObject
        {
            ["ruleId"] = d.Code,
            ["ruleIndex"] = ruleIndex.GetValueOrDefault(d.Code, -1),
            ["level"] = Level(d.Severity),
            ["message"] = new JsonObject { ["text"] = d.GetMessage(language) },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = artifact,
                    ["region"] = new JsonObject
                    {
                        ["startLine"] = span.Start.Line + 1,
                        ["startColumn"] = span.Start.Character + 1,
                        ["endLine"] = span.End.Line + 1,
                        ["endColumn"] = span.End.Character + 1,
                    },
                },
            }),
        };
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}

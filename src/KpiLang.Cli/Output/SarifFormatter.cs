using System.Text.Json;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (OASIS) for code-scanning tools: one run, every known rule listed in the driver, each result with
/// its rule index and a physical location relative to %SRCROOT% (the current folder).
/// </summary>
internal sealed class SarifFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.Descriptors.ToList();
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var root = new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar);
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["tool"] = new
                    {
                        driver = new
                        {
                            name = "kpic",
                            version = report.ToolVersion,
                            semanticVersion = report.ToolVersion,
                            informationUri = DocumentationSite.BaseUri,
                            language = report.Language == Language.En ? "en" : "nl",
                            rules = rules.Select(r => new
                            {
                                id = r.Code,
                                name = r.Title,
                                shortDescription = new { text = r.Description.Get(report.Language) },
                                fullDescription = new { text = r.Description.Get(report.Language) },
                                helpUri = r.HelpUri,
                                defaultConfiguration = new { level = Level(r.DefaultSeverity) },
                                properties = new { category = r.Category.ToString() },
                            }),
                        },
                    },
                    ["originalUriBaseIds"] = new Dictionary<string, object> { ["%SRCROOT%"] = new { uri = root.AbsoluteUri } },
                    ["columnKind"] = "utf16CodeUnits",
                    ["results"] = report.Diagnostics.Select(d => Result(d, index, report.Language)).ToArray(),
                },
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(sarif, JsonOptions.Indented));
    }

    private static object Result(Diagnostic d, Dictionary<string, int> ruleIndex, Language language)
    {
        var span = d.Location.LineSpan;
        var file = ReportedFile.Name(d.Location.Path);
        var artifact = Path.IsPathRooted(file)
            ? (object)new { uri = new Uri(file).AbsoluteUri }
            : new { uri = Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal), uriBaseId = "%SRCROOT%" };
        return new
        {
            ruleId = d.Code,
            ruleIndex = ruleIndex.GetValueOrDefault(d.Code, -1),
            level = Level(d.Severity),
            message = new { text = d.GetMessage(language) },
            locations = new[]
            {
                new
                {
                    physicalLocation = new
                    {
                        artifactLocation = artifact,
                        region = new
                        {
                            startLine = span.Start.Line + 1,
                            startColumn = span.Start.Character + 1,
                            endLine = span.End.Line + 1,
                            endColumn = span.End.Character + 1,
                        },
                    },
                },
            },
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

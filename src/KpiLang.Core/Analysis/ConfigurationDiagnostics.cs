using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis;

/// <summary>Findings about kpiconfig.json and the kpi-negeer comments (KPI190–KPI199, category Configuratie);
/// texts in ConfigurationDiagnostics.resx and .en.resx, "KPI190.Message" and "KPI190.Description" per code.</summary>
public static partial class ConfigurationDiagnostics
{
    // First: the descriptors below read it while the class initialises, in the order written.
    internal static readonly TextTable Texts = new(typeof(ConfigurationDiagnostics));

    /// <summary>A descriptor of this category, its texts from this table (also <see cref="RuleFailure"/>, KPI198).</summary>
    internal static DiagnosticDescriptor Make(string code, string title, DiagnosticSeverity level) =>
        new(code, title, DiagnosticCategory.Configuratie, level, Texts.Template(code + ".Message"), Texts.Text(code + ".Description"));

    public static readonly DiagnosticDescriptor InvalidJson = Make("KPI190", "config-ongeldig", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownRule = Make("KPI191", "config-onbekende-regel", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownLevel = Make("KPI192", "config-onbekend-niveau", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownSetting = Make("KPI193", "config-onbekende-instelling", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = Make("KPI195", "negeer-zonder-reden", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SuppressionUnknownCode = Make("KPI196", "negeer-onbekende-code", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SuppressionUnused = Make("KPI197", "negeer-ongebruikt", DiagnosticSeverity.Warning);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [InvalidJson, UnknownRule, UnknownLevel, UnknownSetting, SuppressionWithoutReason, SuppressionUnknownCode, SuppressionUnused];
}

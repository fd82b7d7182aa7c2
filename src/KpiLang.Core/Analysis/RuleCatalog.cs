using System.Collections.Frozen;
using System.Collections.Immutable;
using KpiLang.Analysis.Rules;
using KpiLang.Analysis.Rules.Aantal;
using KpiLang.Analysis.Rules.Eigenaarschap;
using KpiLang.Analysis.Rules.Methode;
using KpiLang.Analysis.Rules.Smart;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>Every rule of the checker, and every code kpiconfig.json and kpi-negeer may name.</summary>
public static class RuleCatalog
{
    public static ImmutableArray<Rule> Rules { get; } =
    [
        new SpecifiekRule(), new MeetbaarRule(), new AcceptabelRule(), new RealistischRule(), new TijdgebondenRule(),
        new TeVeelPerScopeRule(), new TeVeelPerDoelRule(),
        new EigenaarOntbreektRule(), new EigenaarZonderInvloedRule(),
        new GeenNulmetingRule(), new GeenHerijkingRule(), new HerijkingVerlopenRule(), new InspanningZonderVerhaalRule(),
        new DoelZonderInspanningRule(), new InspanningZonderIndicatorRule(), new ImpactNietGekoppeldRule(), new AlleenTellenRule(),
        new DisclaimerOntbreektRule(), new BekostigingRule(), new NiemandBespreektRule(), new VerhaalWieGeenActorRule(),
        new GeenBronRule(), new VergelijkingOnbepaaldRule(),
    ];

    /// <summary>The descriptors of every rule and of the configuration and suppression findings, by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. Rules.Select(r => r.Descriptor).Concat(ConfigurationDiagnostics.All).Append(RuleFailure.Descriptor).OrderBy(d => d.Code, StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Rule> RulesByCode =
        Rules.ToFrozenDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Codes of rules that no longer exist, with what replaced them, so a kpiconfig.json or kpi-negeer that still
    /// names one is told why it does nothing. Codes are never reused.
    /// </summary>
    public static FrozenDictionary<string, LocalizedText> Retired { get; } = new Dictionary<string, LocalizedText>
    {
        ["KPI121"] = new("een eigenaar die geen gedeclareerde actor is, is nu altijd een taalfout (KPL0102, KPL0121)",
            "an owner that is not a declared actor is now always a language error (KPL0102, KPL0121)"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);

    public static Rule? FindRule(string code) => RulesByCode.GetValueOrDefault(code);
}

using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules;

/// <summary>What a rule sees while it runs: the compilation, "today", its settings per file, and where to report.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly CheckOptions _options;

    internal RuleContext(Compilation compilation, CheckOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        _options = options;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public Compilation Compilation { get; }

    public DateOnly Today => Compilation.Options.Today;

    public CancellationToken CancellationToken { get; }

    /// <summary>The first organisation of each specification (files joined by imports), computed once.</summary>
    public IReadOnlyDictionary<int, OrganisationSymbol> OrganisationBySpecification => _organisations ??= Compilation.Organisations
        .GroupBy(o => Compilation.GetSpecificationId(o.SyntaxTree))
        .ToDictionary(g => g.Key, g => g.First());

    private Dictionary<int, OrganisationSymbol>? _organisations;

    /// <summary>A threshold of the rule as configured for the file the symbol is declared in.</summary>
    public decimal Setting(Rule rule, string name, Symbol at) =>
        _options.RulesFor(at.SyntaxTree.Path).GetValue(rule.Code, name)
        ?? rule.Settings.First(s => s.Name == name).Default;

    public void Report(Rule rule, Location location, params object[] arguments) => Report(rule, location, null, arguments);

    public void Report(Rule rule, Location location, CodeFix? fix, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(rule.Descriptor, location, arguments) with { Fix = fix });
}

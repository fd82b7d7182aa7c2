using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Sources;
using KpiLang.Syntax;

namespace KpiLang.Compiler;

/// <summary>
/// A whole specification: the syntax trees of its files (and the files they import), the bound symbols, and every
/// diagnostic of the language. Immutable; hosts (the CLI, the language server) create a new one after a change.
/// </summary>
public sealed class Compilation
{
    private readonly ImportGraph _imports;
    private readonly BoundSpecification _bound;
    private readonly Lazy<IReadOnlyDictionary<Symbol, ImmutableArray<SyntaxToken>>> _referencesBySymbol;

    private Compilation(CompilationOptions options, ImportGraph imports, BoundSpecification bound)
    {
        Options = options;
        _imports = imports;
        _bound = bound;
        SyntaxTrees = imports.Trees;
        Diagnostics = [.. SyntaxTrees.SelectMany(t => t.Diagnostics).Concat(imports.Diagnostics).Concat(bound.Diagnostics)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start)];
        _referencesBySymbol = new(() => bound.References
            .GroupBy(pair => pair.Value, pair => pair.Key)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray()));
    }

    public static Compilation Create(IEnumerable<SyntaxTree> trees, CompilationOptions options)
    {
        var imports = ImportGraph.Build(trees, options);
        var bound = new Binder(imports.Specification, (from, to) =>
                FilePaths.RelativeImportPath(Path.GetDirectoryName(Path.GetFullPath(from.Path)) ?? ".", Path.GetFullPath(to.Path)),
                options.DatabaseIndicators)
            .Bind(imports.Trees);
        return new Compilation(options, imports, bound);
    }

    /// <summary>Finds the .kpi files under the given files and folders, reads them and compiles them together.</summary>
    public static Compilation FromPaths(IEnumerable<string> inputs, CompilationOptions options)
    {
        // Files are independent until binding, so they are read and parsed in parallel, in a stable order.
        var files = SourceLoader.FindFiles(inputs);
        var loaded = new (SyntaxTree Tree, Diagnostic? Diagnostic)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var tree = SourceLoader.Load(files[i], options.Files, out var diagnostic);
            loaded[i] = (tree, diagnostic);
        });
        var trees = loaded.Select(l => l.Tree).ToList();
        var loadDiagnostics = loaded.Select(l => l.Diagnostic).OfType<Diagnostic>().ToList();
        var compilation = Create(trees, options);
        return loadDiagnostics.Count == 0 ? compilation : compilation.WithExtraDiagnostics(loadDiagnostics);
    }

    private Compilation WithExtraDiagnostics(IEnumerable<Diagnostic> extra) =>
        new(Options, _imports, _bound with { Diagnostics = [.. _bound.Diagnostics.Concat(extra)] });

    public CompilationOptions Options { get; }

    /// <summary>Every file in the compilation, the given ones first, then the imported ones.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>Syntax, import and binding diagnostics, ordered by file and position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public ImmutableArray<Symbol> Symbols => _bound.Symbols;

    public IEnumerable<OrganisationSymbol> Organisations => Symbols.OfType<OrganisationSymbol>();
    public IEnumerable<ScopeSymbol> Scopes => Symbols.OfType<ScopeSymbol>();
    public IEnumerable<ActorSymbol> Actors => Symbols.OfType<ActorSymbol>();
    public IEnumerable<GoalSymbol> Goals => Symbols.OfType<GoalSymbol>();
    public IEnumerable<EffortSymbol> Efforts => Symbols.OfType<EffortSymbol>();
    public IEnumerable<IndicatorSymbol> Indicators => Symbols.OfType<IndicatorSymbol>();

    /// <summary>A symbol by name; with several independent specifications in one compilation, the first that has it.</summary>
    public Symbol? GetSymbol(string name) => Symbols.FirstOrDefault(s => s.Name == name);

    /// <summary>A symbol by name as seen from one file: within the specification the file belongs to.</summary>
    public Symbol? GetSymbol(string name, SyntaxTree from) =>
        _bound.ByName.GetValueOrDefault((_imports.Specification[from], name));

    /// <summary>
    /// Which specification a file belongs to: files joined by imports form one specification with its own name
    /// space. Independent specifications (say, every sample in one folder) are checked side by side.
    /// </summary>
    public int GetSpecificationId(SyntaxTree tree) => _imports.Specification[tree];

    /// <summary>The symbols of one specification.</summary>
    public IEnumerable<Symbol> GetSpecificationSymbols(int specificationId) =>
        Symbols.Where(s => _imports.Specification[s.SyntaxTree] == specificationId);

    public int SpecificationCount => _imports.Specification.Values.Distinct().Count();

    public SemanticModel GetSemanticModel(SyntaxTree tree) => new(this, tree);

    internal Symbol? GetDeclaredSymbol(DeclarationSyntax declaration) => _bound.Declarations.GetValueOrDefault(declaration);

    internal Symbol? GetReferencedSymbol(SyntaxToken token) => _bound.References.GetValueOrDefault(token);

    /// <summary>The import directives of a file and the file each resolves to.</summary>
    public IReadOnlyList<(ImportDirectiveSyntax Directive, SyntaxTree Target)> GetImports(SyntaxTree tree) => _imports.ImportsOf(tree);

    /// <summary>The files that import this one, directly or through others: those to re-check when it changes.</summary>
    public IEnumerable<SyntaxTree> GetDependents(SyntaxTree tree) =>
        SyntaxTrees.Where(t => t != tree && _imports.Visible[t].Contains(tree));

    /// <summary>The tokens that refer to a symbol by name, across all files (its declaration not included).</summary>
    public ImmutableArray<SyntaxToken> GetReferences(Symbol symbol) =>
        _referencesBySymbol.Value.GetValueOrDefault(symbol, []);

    public SyntaxTree? FindTree(SyntaxToken token) =>
        SyntaxTrees.FirstOrDefault(t => t.Text.Length >= token.Span.End && token.Ancestors().LastOrDefault() == t.Root);
}

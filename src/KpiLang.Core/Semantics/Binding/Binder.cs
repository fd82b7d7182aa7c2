using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Semantics;

/// <summary>
/// Binds the syntax trees of a compilation: first declares every named thing across all files, then reads each
/// declaration's properties into its symbol, resolving references by name. A file sees its own declarations and
/// those of the files it imports; everything else is reported, never thrown.
/// </summary>
internal sealed partial class Binder
{
    private readonly IReadOnlyDictionary<SyntaxTree, int> _specificationOf;
    private readonly Func<SyntaxTree, SyntaxTree, string> _importPathFor;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<(int Specification, string Name), Symbol> _byName = [];
    private readonly Dictionary<SyntaxToken, Symbol> _references = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DeclarationSyntax, Symbol> _declarations = new(ReferenceEqualityComparer.Instance);
    private readonly List<Symbol> _symbols = [];
    private readonly Dictionary<Symbol, List<Symbol>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly ValueBinder _values;
    private readonly IReadOnlySet<string> _databaseIndicators;

    public Binder(IReadOnlyDictionary<SyntaxTree, int> specificationOf, Func<SyntaxTree, SyntaxTree, string> importPathFor,
        IReadOnlySet<string>? databaseIndicators = null)
    {
        _specificationOf = specificationOf;
        _importPathFor = importPathFor;
        _databaseIndicators = databaseIndicators ?? new HashSet<string>();
        _values = new ValueBinder(_diagnostics.Add);
    }

    public BoundSpecification Bind(IReadOnlyList<SyntaxTree> trees)
    {
        foreach (var tree in trees)
            Declare(tree, tree.Root.Members, container: null);
        foreach (var symbol in _declarations.Values)
            BindProperties(symbol);
        LinkChildren();
        LinkIndicators();
        CheckProviders();
        return new BoundSpecification([.. _symbols], _byName, _references, _declarations, [.. _diagnostics]);
    }

    // --- pass 1: declarations -------------------------------------------------------------------------------

    private void Declare(SyntaxTree tree, IEnumerable<MemberSyntax> members, Symbol? container)
    {
        foreach (var member in members)
        {
            if (member is PropertySyntax property)
            {
                if (container is null)
                    _diagnostics.Add(Diagnostic.CreateWithMessage(CompilerDiagnostics.MemberNotAllowed,
                        new Location(tree.Text, property.KeyTokens.FirstOrDefault()?.Span ?? property.Span),
                        CompilerDiagnostics.MemberOutsideDeclaration(property.KeyText, Placement.Describe([], Placement.TopLevelDeclarations))));
                continue;
            }

            var declaration = (DeclarationSyntax)member;
            var allowed = container is null
                ? Placement.TopLevelDeclarations
                : Placement.NestedDeclarations[container.Declaration.Kind];
            if (!allowed.Contains(declaration.Kind))
            {
                var keyword = declaration.Keyword.Keyword?.Text ?? declaration.Keyword.Text;
                if (container is null)
                    _diagnostics.Add(Diagnostic.CreateWithMessage(CompilerDiagnostics.MemberNotAllowed, new Location(tree.Text, declaration.Keyword.Span),
                        CompilerDiagnostics.MemberNotInFile(keyword, Placement.Describe([], allowed))));
                else
                    Report(CompilerDiagnostics.MemberNotAllowed, tree, declaration.Keyword.Span, keyword, container.Kind.WithArticle(), container.Name,
                        Placement.Describe(Placement.Properties[container.Declaration.Kind], allowed));
            }

            if (declaration.Name.IsMissing) continue; // the parser already said a name is expected
            var symbol = CreateSymbol(declaration, tree, container);
            _declarations[declaration] = symbol;
            if (_byName.TryGetValue((_specificationOf[tree], symbol.Name), out var existing))
            {
                var diagnostic = Diagnostic.Create(CompilerDiagnostics.DuplicateName, symbol.Location, symbol.Name,
                    existing.Kind.WithArticle(), Path.GetFileName(existing.SyntaxTree.Path))
                    with { RelatedLocations = [existing.Location] };
                _diagnostics.Add(diagnostic);
            }
            else
            {
                _byName[(_specificationOf[tree], symbol.Name)] = symbol;
                _symbols.Add(symbol);
                if (container is not null) ChildrenOf(container).Add(symbol);
            }
            Declare(tree, declaration.Members, symbol);
        }
    }

    private static Symbol CreateSymbol(DeclarationSyntax d, SyntaxTree tree, Symbol? container)
    {
        var name = d.Name.Text;
        var title = d.Title?.Value;
        return d.Kind switch
        {
            DeclarationKind.Organisation => new OrganisationSymbol(name, title, d, tree),
            DeclarationKind.Scope => new ScopeSymbol(name, title, d, tree),
            DeclarationKind.Actor => new ActorSymbol(name, title, d, tree),
            DeclarationKind.Goal => new GoalSymbol(name, title, d, tree, container),
            DeclarationKind.Effort => new EffortSymbol(name, title, d, tree, container),
            DeclarationKind.Indicator => new IndicatorSymbol(name, title, d, tree, container),
            var other => throw new ArgumentOutOfRangeException(nameof(d), other, "a declaration kind without a symbol"),
        };
    }

    private List<Symbol> ChildrenOf(Symbol symbol)
    {
        if (!_children.TryGetValue(symbol, out var list)) _children[symbol] = list = [];
        return list;
    }

    private void LinkChildren()
    {
        foreach (var (parent, children) in _children)
        {
            var goals = children.OfType<GoalSymbol>().ToImmutableArray();
            var indicators = children.OfType<IndicatorSymbol>().ToImmutableArray();
            switch (parent)
            {
                case ScopeSymbol scope:
                    scope.Goals = goals;
                    scope.Indicators = indicators;
                    break;
                case GoalSymbol goal:
                    goal.Goals = goals;
                    goal.Efforts = children.OfType<EffortSymbol>().ToImmutableArray();
                    goal.Indicators = indicators;
                    break;
                case EffortSymbol effort:
                    effort.Indicators = indicators;
                    break;
            }
        }
    }

    // --- references -----------------------------------------------------------------------------------------

    /// <summary>
    /// Resolves a name to a symbol of one of the expected kinds. Reports an unknown name (with a suggestion), a
    /// name of the wrong kind, or one declared in a file that is not imported, unless <paramref name="quiet"/>.
    /// </summary>
    private Symbol? Resolve(SyntaxTree tree, SyntaxToken name, SymbolKind[] expected, bool quiet = false)
    {
        if (name.IsMissing) return null;
        var expectedText = ExpectedText(expected);
        var specification = _specificationOf[tree];
        if (!_byName.TryGetValue((specification, name.Text), out var symbol))
        {
            if (quiet) return null;
            var elsewhere = _byName.Values.FirstOrDefault(s => s.Name == name.Text && expected.Contains(s.Kind));
            if (elsewhere is not null)
            {
                // Declared in a file this specification does not import: say which import would fix it.
                _references[name] = elsewhere;
                Report(CompilerDiagnostics.NotImported, tree, name.Span, name.Text, Path.GetFileName(elsewhere.SyntaxTree.Path),
                    _importPathFor(tree, elsewhere.SyntaxTree));
                return null;
            }
            var suggestion = NameSuggestions.Closest(name.Text, _byName.Where(p => p.Key.Specification == specification
                && expected.Contains(p.Value.Kind)).Select(p => p.Key.Name));
            var location = new Location(tree.Text, name.Span);
            _diagnostics.Add(suggestion is null
                ? Diagnostic.Create(CompilerDiagnostics.UnresolvedName, location, name.Text, expectedText)
                : Diagnostic.CreateWithMessage(CompilerDiagnostics.UnresolvedName, location,
                        CompilerDiagnostics.UnresolvedNameWithSuggestion(name.Text, expectedText, suggestion))
                    with { Fix = new CodeFix(FixTitles.Write(suggestion), [new TextEdit(tree.Text, name.Span, suggestion)]) });
            return null;
        }
        _references[name] = symbol;
        if (!expected.Contains(symbol.Kind))
        {
            if (!quiet) Report(CompilerDiagnostics.WrongSymbolKind, tree, name.Span, name.Text, symbol.Kind.WithArticle(), expectedText);
            return null;
        }
        return symbol;
    }

    private static LocalizedText ExpectedText(SymbolKind[] kinds) => kinds.Length == 1
        ? kinds[0].WithArticle()
        : SyntaxText.OneOfKinds(LocalizedText.Join(", ", kinds[..^1].Select(k => SyntaxText.Noun(k.Declaration()))),
            SyntaxText.Noun(kinds[^1].Declaration()));

    private ActorSymbol? ResolveActor(SyntaxTree tree, SyntaxToken name, bool quiet = false) =>
        Resolve(tree, name, [SymbolKind.Actor], quiet) as ActorSymbol;

    private void Report(DiagnosticDescriptor descriptor, SyntaxTree tree, TextSpan span, params object[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, new Location(tree.Text, span), args));
}

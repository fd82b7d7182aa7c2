using KpiLang.Compiler;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>What completion knows about the specification the file belongs to: its symbols and today's date.</summary>
internal sealed class CompletionData(Compilation compilation, SyntaxTree tree)
{
    public IReadOnlyList<Symbol> Symbols { get; } = [.. compilation.GetSpecificationSymbols(compilation.GetSpecificationId(tree))];

    public IReadOnlyList<string> Actors => [.. Symbols.Where(s => s.Kind == SymbolKind.Actor).Select(s => s.Name).Distinct().Order(StringComparer.Ordinal)];

    public DateOnly Today { get; } = compilation.Options.Today;

    public SemanticModel Model { get; } = compilation.GetSemanticModel(tree);
}

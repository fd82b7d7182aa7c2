using System.Collections.Frozen;
using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>What the binder produced: the symbols, which token refers to which symbol, and the binding diagnostics.</summary>
internal sealed record BoundSpecification(
    ImmutableArray<Symbol> Symbols,
    FrozenDictionary<(int Specification, string Name), Symbol> ByName,
    FrozenDictionary<SyntaxToken, Symbol> References,
    FrozenDictionary<DeclarationSyntax, Symbol> Declarations,
    ImmutableArray<Diagnostic> Diagnostics);

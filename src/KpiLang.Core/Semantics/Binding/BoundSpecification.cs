using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// What the binder produced: the symbols, which token refers to which symbol, and the binding diagnostics. The
/// dictionaries are the binder's own, handed over read-only: freezing them cost more than a language server's
/// recompile after an edit ever saves on lookups.
/// </summary>
internal sealed record BoundSpecification(
    ImmutableArray<Symbol> Symbols,
    IReadOnlyDictionary<(int Specification, string Name), Symbol> ByName,
    IReadOnlyDictionary<SyntaxToken, Symbol> References,
    IReadOnlyDictionary<DeclarationSyntax, Symbol> Declarations,
    ImmutableArray<Diagnostic> Diagnostics);

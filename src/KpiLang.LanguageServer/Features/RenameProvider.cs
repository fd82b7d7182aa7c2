using System.Text.RegularExpressions;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Syntax;
using KpiLang.Semantics;
using StreamJsonRpc;

namespace KpiLang.LanguageServer.Features;

/// <summary>Renames a declared name and every reference to it, in every file of its specification.</summary>
internal static partial class RenameProvider
{
    /// <summary>LSP 3.17 RequestFailed: the request was valid but cannot be carried out; the client shows the message.</summary>
    private const int RequestFailed = -32803;

    public static PrepareRenameResult? Prepare(Compilation compilation, SyntaxTree tree, int offset) =>
        SymbolFinder.At(compilation, tree, offset) is { } found && found.Token.Kind == SyntaxKind.Identifier
            ? new PrepareRenameResult(Positions.ToRange(tree.Text, found.Token.Span), found.Token.Text)
            : null;

    public static WorkspaceEdit Rename(Compilation compilation, SyntaxTree tree, int offset, string newName, Language language)
    {
        if (SymbolFinder.At(compilation, tree, offset) is not { } found || found.Token.Kind != SyntaxKind.Identifier)
            throw new LocalRpcException(ServerText.NotAName.Get(language)) { ErrorCode = RequestFailed };
        if (!IsValidName(newName))
            throw new LocalRpcException(ServerText.InvalidNewName(newName).Get(language)) { ErrorCode = RequestFailed };
        if (newName != found.Symbol.Name && compilation.GetSymbol(newName, found.Symbol.SyntaxTree) is { } existing)
            throw new LocalRpcException(ServerText.NameTaken(newName, existing.Kind.Keyword()).Get(language)) { ErrorCode = RequestFailed };
        var changes = SymbolFinder.Occurrences(compilation, found.Symbol, includeDeclaration: true)
            .GroupBy(o => o.Tree)
            .ToDictionary(
                g => DocumentUris.FromPath(g.Key.Path),
                g => g.Select(o => new Protocol.TextEdit(Positions.ToRange(g.Key.Text, o.Token.Span), newName)).ToArray());
        return new WorkspaceEdit(changes);
    }

    /// <summary>A name the lexer reads as one identifier: a letter or _, then letters, marks, digits or _, and no keyword.</summary>
    public static bool IsValidName(string name) =>
        NamePattern().IsMatch(name) && !Reserved.Value.Contains(name);

    /// <summary>Words a new name may not be: the words inside values the grammar cannot tell from a name.</summary>
    private static readonly Lazy<HashSet<string>> Reserved = new(() =>
        [.. KpiLang.Syntax.Keywords.Words.Where(k => !k.MayBeName).SelectMany(k => k.Spellings)]);

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{M}\p{Nd}_]*$")]
    private static partial Regex NamePattern();
}

using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>The parsed form of one source text: its root and the syntax diagnostics. Parsing never throws.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
        SetParents(root);
    }

    public SourceText Text { get; }

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string Path => Text.Path;

    public static SyntaxTree Parse(string text, string path = "") => Parse(SourceText.From(text, path));

    public static SyntaxTree Parse(SourceText text)
    {
        var (root, diagnostics) = SyntaxParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    /// <summary>
    /// The tree of a new version of this text, the same as <see cref="Parse(SourceText)"/> would give. Where the
    /// change falls inside one declaration only that declaration is read again; the editor calls this per keystroke.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText text) =>
        (text.Path == Text.Path ? Incremental.IncrementalParser.TryReparse(this, text) : null) ?? Parse(text);

    internal static SyntaxTree Create(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics) =>
        new(text, root, diagnostics);

    /// <summary>The innermost token whose span contains or touches the position (for hover, completion, definition).</summary>
    public SyntaxToken? FindToken(int position)
    {
        SyntaxToken? touching = null;
        foreach (var token in Root.Tokens())
        {
            if (token.IsMissing) continue;
            if (token.Span.Contains(position)) return token;
            if (token.Span.End == position) touching = token;
            if (token.Span.Start > position) break;
        }
        return touching;
    }

    private static void SetParents(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.Children)
            {
                child.Parent = node;
                if (child is SyntaxNode inner) pending.Push(inner);
            }
        }
    }
}

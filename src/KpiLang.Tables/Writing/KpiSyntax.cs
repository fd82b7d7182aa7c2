using KpiLang.Syntax;

namespace KpiLang.Tables.Writing;

/// <summary>What the language accepts as a name, and how it writes text: asked of the parser itself, never of a copy of its word list.</summary>
internal static class KpiSyntax
{
    /// <summary>
    /// True when <paramref name="name"/> is one name the parser accepts: letters, digits and '_', starting with a letter
    /// or '_', and no reserved word ("doel", "in", "organisatie" are keywords of the language).
    /// </summary>
    public static bool IsName(string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsLetter(c) || char.IsAsciiDigit(c) || c == '_'))) return false;
        var tree = SyntaxTree.Parse("actor " + name);
        return tree.Diagnostics.IsEmpty && tree.Root.Members is [DeclarationSyntax { Name.Text: var parsed }] && parsed == name;
    }

    /// <summary>A text literal: quoted, with '"' and '\' escaped as the language requires.</summary>
    public static string Quote(string text) => StringLiterals.Quote(text);
}

using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// A word with a meaning inside values (als, per, minimaal …) as a declaration's name: 'actor als "…"'. Right after
/// the declaration keyword it can only be the name, so the declaration is read with it, and one error says why the
/// name cannot stay: where it is used in a value, the grammar cannot tell it from the keyword.
/// </summary>
internal sealed class ReservedWordRepair : ITokenRepair
{
    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != KpiParser.DECLARATION) continue;
            var name = tokens.Next(i);
            if (tokens[name] is not RepairedToken { Keyword: { Role: KeywordRole.Word, MayBeName: false } word } || !tokens.SameLine(i, name)) continue;
            var declaration = ((RepairedToken)tokens[i]).Keyword!;
            tokens.Report(CompilerDiagnostics.ReservedWord, tokens.Span(name), tokens.Text(name), $"{tokens.Text(name)}_{declaration.Text}");
            tokens.Retype(name, KpiParser.IDENTIFIER);
        }
    }
}

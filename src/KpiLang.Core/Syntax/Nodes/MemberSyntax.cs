namespace KpiLang.Syntax;

/// <summary>What may stand in a file or a block: a declaration or a property.</summary>
public abstract class MemberSyntax : SyntaxNode;

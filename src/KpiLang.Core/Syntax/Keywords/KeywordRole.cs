namespace KpiLang.Syntax;

/// <summary>What a keyword does, which decides where it is a keyword at all.</summary>
public enum KeywordRole
{
    /// <summary><c>importeer "pad"</c>.</summary>
    Import,

    /// <summary>Starts a declaration; a keyword only at the start of a member, before a name.</summary>
    Declaration,

    /// <summary>A property key; a keyword only before ':' (or at the start of a member, where no name can stand).</summary>
    Property,

    /// <summary>A word with a meaning inside values (minimaal, per, als …); reserved unless <see cref="Keyword.MayBeName"/>.</summary>
    Word,
}

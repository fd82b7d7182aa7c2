namespace KpiLang.Syntax;

/// <summary>Where a declaration or property may stand: the file's top level, a declaration's block, a target's block.</summary>
[Flags]
public enum Places
{
    None = 0,
    File = 1,
    Organisation = 2,
    Scope = 4,
    Actor = 8,
    Goal = 16,
    Effort = 32,
    Indicator = 64,

    /// <summary>The block after a streefwaarde.</summary>
    Target = 128,
}

public static class PlacesExtensions
{
    /// <summary>The block of a declaration of this kind, as a place.</summary>
    public static Places Block(this DeclarationKind kind) => kind switch
    {
        DeclarationKind.Organisation => Places.Organisation,
        DeclarationKind.Scope => Places.Scope,
        DeclarationKind.Actor => Places.Actor,
        DeclarationKind.Goal => Places.Goal,
        DeclarationKind.Effort => Places.Effort,
        DeclarationKind.Indicator => Places.Indicator,
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };
}

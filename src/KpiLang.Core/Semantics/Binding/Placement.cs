using System.Collections.Frozen;
using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// Which properties and nested declarations each kind of declaration may hold, read from the keyword table's
/// "where allowed" (<see cref="Keyword.AllowedIn"/>). The grammar allows any member anywhere so the parser recovers
/// well; the binder enforces this, and completion offers it.
/// </summary>
public static class Placement
{
    private static readonly ImmutableArray<DeclarationKind> Kinds = [.. Enum.GetValues<DeclarationKind>()];

    /// <summary>The file's top level: declarations only.</summary>
    public static readonly FrozenSet<DeclarationKind> TopLevelDeclarations = DeclarationsIn(Places.File);

    public static readonly FrozenDictionary<DeclarationKind, FrozenSet<DeclarationKind>> NestedDeclarations =
        Kinds.ToFrozenDictionary(kind => kind, kind => DeclarationsIn(kind.Block()));

    public static readonly FrozenDictionary<DeclarationKind, FrozenSet<PropertyKey>> Properties =
        Kinds.ToFrozenDictionary(kind => kind, kind => PropertiesIn(kind.Block()));

    /// <summary>What may stand in the block after a streefwaarde.</summary>
    public static readonly FrozenSet<PropertyKey> TargetProperties = PropertiesIn(Places.Target);

    /// <summary>Properties that may be given more than once in one declaration.</summary>
    public static readonly FrozenSet<PropertyKey> Repeatable =
        Keywords.Properties.Where(k => k.Repeatable).Select(k => k.Property!.Value).ToFrozenSet();

    /// <summary>The key as written in a .kpi file: "eigenaar", "gekoppeld aan", "beïnvloedt".</summary>
    public static string KeyText(PropertyKey key) => Keywords.Of(key).Text;

    /// <summary>The keys and declarations, in the keyword table's order, for "toegestaan zijn: …".</summary>
    public static string Describe(IEnumerable<PropertyKey> keys, IEnumerable<DeclarationKind> declarations)
    {
        var keySet = keys.ToHashSet();
        var declarationSet = declarations.ToHashSet();
        return string.Join(", ", Keywords.Properties.Where(k => keySet.Contains(k.Property!.Value)).Select(k => k.Text)
            .Concat(Keywords.Declarations.Where(k => !k.IsMonitoringFigure && declarationSet.Contains(k.Declaration!.Value)).Select(k => k.Text)));
    }

    public static string Keyword(this DeclarationKind kind) => Keywords.Of(kind).Text;

    private static FrozenSet<DeclarationKind> DeclarationsIn(Places place) =>
        Keywords.Declarations.Where(k => k.AllowedIn.HasFlag(place)).Select(k => k.Declaration!.Value).ToFrozenSet();

    private static FrozenSet<PropertyKey> PropertiesIn(Places place) =>
        Keywords.Properties.Where(k => k.AllowedIn.HasFlag(place)).Select(k => k.Property!.Value).ToFrozenSet();
}

using System.Collections.Frozen;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// Which properties and nested declarations each kind of declaration may hold. The grammar allows any member
/// anywhere so the parser recovers well; this table is where the structure of the method is enforced.
/// </summary>
public static class Placement
{
    /// <summary>The file's top level: declarations only.</summary>
    public static readonly FrozenSet<DeclarationKind> TopLevelDeclarations =
        new[] { DeclarationKind.Organisation, DeclarationKind.Scope, DeclarationKind.Actor, DeclarationKind.Goal, DeclarationKind.Indicator }
            .ToFrozenSet();

    public static readonly FrozenDictionary<DeclarationKind, FrozenSet<DeclarationKind>> NestedDeclarations =
        new Dictionary<DeclarationKind, FrozenSet<DeclarationKind>>
        {
            [DeclarationKind.Organisation] = FrozenSet<DeclarationKind>.Empty,
            [DeclarationKind.Scope] = new[] { DeclarationKind.Goal, DeclarationKind.Indicator }.ToFrozenSet(),
            [DeclarationKind.Actor] = FrozenSet<DeclarationKind>.Empty,
            [DeclarationKind.Goal] = new[] { DeclarationKind.Goal, DeclarationKind.Effort, DeclarationKind.Indicator }.ToFrozenSet(),
            [DeclarationKind.Effort] = new[] { DeclarationKind.Indicator }.ToFrozenSet(),
            [DeclarationKind.Indicator] = FrozenSet<DeclarationKind>.Empty,
        }.ToFrozenDictionary();

    public static readonly FrozenDictionary<DeclarationKind, FrozenSet<PropertyKey>> Properties =
        new Dictionary<DeclarationKind, FrozenSet<PropertyKey>>
        {
            [DeclarationKind.Organisation] = Set(PropertyKey.Missie, PropertyKey.Visie, PropertyKey.Omschrijving, PropertyKey.Toelichting,
                PropertyKey.Herijking),
            [DeclarationKind.Scope] = Set(PropertyKey.Dienst, PropertyKey.Doelgroep, PropertyKey.Effect, PropertyKey.Omschrijving,
                PropertyKey.Toelichting, PropertyKey.Eigenaar, PropertyKey.Betrokken, PropertyKey.Herijking),
            [DeclarationKind.Actor] = Set(PropertyKey.Niveau, PropertyKey.Soort, PropertyKey.Beinvloedt, PropertyKey.Omschrijving,
                PropertyKey.Toelichting),
            [DeclarationKind.Goal] = Set(PropertyKey.Omschrijving, PropertyKey.Toelichting, PropertyKey.Niveau, PropertyKey.Eigenaar, PropertyKey.Betrokken,
                PropertyKey.Bespreking, PropertyKey.Herijking, PropertyKey.Acceptatiecriteria),
            [DeclarationKind.Effort] = Set(PropertyKey.Omschrijving, PropertyKey.Toelichting, PropertyKey.Eigenaar, PropertyKey.Betrokken, PropertyKey.Partners,
                PropertyKey.Verhaal, PropertyKey.Acceptatiecriteria),
            [DeclarationKind.Indicator] = Set(PropertyKey.Definitie, PropertyKey.Omschrijving, PropertyKey.Toelichting, PropertyKey.Laag,
                PropertyKey.Soort, PropertyKey.Eenheid, PropertyKey.Uitsplitsing, PropertyKey.Bron, PropertyKey.Methode,
                PropertyKey.Frequentie, PropertyKey.Richting, PropertyKey.Eigenaar, PropertyKey.Betrokken, PropertyKey.Invoer, PropertyKey.Inzage, PropertyKey.Rapportage,
                PropertyKey.Bespreking, PropertyKey.GekoppeldAan, PropertyKey.Bekostiging, PropertyKey.Nulmeting,
                PropertyKey.Streefwaarde, PropertyKey.Acceptatiecriteria, PropertyKey.Herijking, PropertyKey.Vervangt,
                PropertyKey.Code, PropertyKey.Raming, PropertyKey.Norm, PropertyKey.Aanbieders),
        }.ToFrozenDictionary();

    /// <summary>What may stand in the block after a streefwaarde.</summary>
    public static readonly FrozenSet<PropertyKey> TargetProperties =
        Set(PropertyKey.Disclaimer, PropertyKey.AfgesprokenMet, PropertyKey.Toelichting);

    /// <summary>Properties that may be given more than once in one declaration.</summary>
    public static readonly FrozenSet<PropertyKey> Repeatable = Set(PropertyKey.Verhaal, PropertyKey.Streefwaarde, PropertyKey.Raming);

    public static string KeyText(PropertyKey key) => key switch
    {
        PropertyKey.GekoppeldAan => "gekoppeld aan",
        PropertyKey.AfgesprokenMet => "afgesproken met",
        PropertyKey.Beinvloedt => "beïnvloedt",
        _ => key.ToString().ToLowerInvariant(),
    };

    public static string Describe(IEnumerable<PropertyKey> keys, IEnumerable<DeclarationKind> declarations) =>
        string.Join(", ", keys.Select(KeyText).Concat(declarations.Select(d => d.Keyword())));

    public static string Keyword(this DeclarationKind kind) => kind switch
    {
        DeclarationKind.Organisation => "organisatie",
        DeclarationKind.Scope => "scope",
        DeclarationKind.Actor => "actor",
        DeclarationKind.Goal => "doel",
        DeclarationKind.Effort => "inspanning",
        DeclarationKind.Indicator => "indicator",
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };

    private static FrozenSet<PropertyKey> Set(params PropertyKey[] keys) => keys.ToFrozenSet();
}

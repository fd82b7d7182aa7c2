using KpiLang.Diagnostics;
using KpiLang.Schema.Security;

namespace KpiLang.Cli;

/// <summary>Messages of <c>kpic roles</c>, in Dutch and English.</summary>
internal static class RolesCliText
{
    public static readonly LocalizedText Description = new(
        "Stel rollen en rijbeveiliging in voor een gedeelde PostgreSQL-database: elke aanbieder leest en schrijft alleen zijn eigen "
        + "metingen, de regio leest alles, alleen de bouwende rol wijzigt de specificatie.",
        "Set up roles and row-level security for a shared PostgreSQL database: each provider reads and writes only its own "
        + "measurements, the region reads everything, only the building role changes the specification.");

    public static readonly LocalizedText PrefixDescription = new(
        "Het begin van elke rolnaam (standaard kpi: kpi_regio, kpi_aanbieder_<naam>); rollen gelden voor de hele server.",
        "The start of every role name (default kpi: kpi_regio, kpi_aanbieder_<name>); roles hold for the whole server.");

    public static LocalizedText Done(string target, RolesResult roles)
    {
        var region = ProviderRoles.Region(roles.Prefix);
        var example = roles.Providers.Count > 0 ? ProviderRoles.Provider(roles.Prefix, roles.Providers[0]) : ProviderRoles.AllProviders(roles.Prefix) + "_<naam>";
        var list = roles.Providers.Count == 0 ? "" : string.Join(", ", roles.Providers.Select(p => ProviderRoles.Provider(roles.Prefix, p)));
        var created = roles.Created.Count == 0 ? ("geen nieuwe rollen", "no new roles") : ($"nieuw: {string.Join(", ", roles.Created)}", $"new: {string.Join(", ", roles.Created)}");
        return new(
            $"Rijbeveiliging ingesteld in {target} ({created.Item1}). De regio: {region}; "
            + (list.Length == 0 ? "nog geen aanbieders (geen actor met 'soort: aanbieder'). " : $"de aanbieders: {list}. ")
            + $"Geef mensen een rol met GRANT, bijvoorbeeld: GRANT {example} TO gebruikersnaam;",
            $"Row-level security set up in {target} ({created.Item2}). The region: {region}; "
            + (list.Length == 0 ? "no providers yet (no actor with 'soort: aanbieder'). " : $"the providers: {list}. ")
            + $"Give people a role with GRANT, for example: GRANT {example} TO username;");
    }
}

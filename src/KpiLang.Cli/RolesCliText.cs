using KpiLang.Diagnostics;
using KpiLang.Schema.Security;
using KpiLang.Texts;

namespace KpiLang.Cli;

/// <summary>Messages of <c>kpic roles</c>, in Dutch and English.</summary>
internal static class RolesCliText
{
    private static readonly TextTable Texts = new(typeof(RolesCliText));

    public static readonly LocalizedText Description = Texts.Text(nameof(Description));

    public static readonly LocalizedText PrefixDescription = Texts.Text(nameof(PrefixDescription));

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

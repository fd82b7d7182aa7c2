using KpiLang.Diagnostics;

namespace KpiLang.Schema.Security;

/// <summary>Messages of <c>kpic roles</c>, in Dutch and English.</summary>
public static class RolesText
{
    public static LocalizedText OnlyPostgres(string target) => new(
        $"kpic: rollen en rijbeveiliging bestaan alleen in PostgreSQL; '{target}' is een SQLite-bestand. Geef een postgresql://-URL.",
        $"kpic: roles and row-level security exist only in PostgreSQL; '{target}' is a SQLite file. Give a postgresql:// URL.");

    public static LocalizedText BadPrefix(string prefix) => new(
        $"kpic: het voorvoegsel '{prefix}' kan geen rolnaam beginnen; gebruik kleine letters, cijfers en '_' (hoogstens 20), beginnend met een letter.",
        $"kpic: the prefix '{prefix}' cannot start a role name; use lowercase letters, digits and '_' (at most 20), starting with a letter.");

    public static LocalizedText NotOwner(string url, string owner) => new(
        $"kpic: alleen de eigenaar van de tabellen ('{owner}', de rol die bouwt) kan de rollen van '{url}' instellen. Er is niets gewijzigd.",
        $"kpic: only the owner of the tables ('{owner}', the role that builds) can set up the roles of '{url}'. Nothing was changed.");

    public static LocalizedText NameTooLong(string role) => new(
        $"kpic: de rolnaam '{role}' is langer dan de 63 bytes die PostgreSQL toestaat; kies een korter voorvoegsel of een kortere naam voor de aanbieder.",
        $"kpic: the role name '{role}' is longer than the 63 bytes PostgreSQL allows; choose a shorter prefix or a shorter name for the provider.");
}

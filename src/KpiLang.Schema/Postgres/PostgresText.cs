using KpiLang.Diagnostics;

namespace KpiLang.Schema.Postgres;

/// <summary>Messages about PostgreSQL addresses and servers, in Dutch and English; each says what to do.</summary>
public static class PostgresText
{
    public static LocalizedText PasswordInUrl(string hidden) => new(
        $"kpic: de URL '{hidden}' bevat een wachtwoord; dan staat het in de shellgeschiedenis en in de proceslijst. "
        + "Laat het weg (postgresql://gebruiker@host:poort/database) en zet het in PGPASSWORD of in ~/.pgpass, zoals voor psql.",
        $"kpic: the URL '{hidden}' contains a password, which would then stand in the shell history and the process list. "
        + "Leave it out (postgresql://user@host:port/database) and put it in PGPASSWORD or in ~/.pgpass, as for psql.");

    public static LocalizedText BadUrl(string url, LocalizedText reason) => new(
        $"kpic: '{url}' is geen bruikbare PostgreSQL-URL: {reason.Nl}. Schrijf postgresql://gebruiker@host:poort/database.",
        $"kpic: '{url}' is not a usable PostgreSQL URL: {reason.En}. Write postgresql://user@host:port/database.");

    public static LocalizedText BadPort(string text) => new($"de poort '{text}' is geen getal van 1 tot 65535", $"the port '{text}' is not a number from 1 to 65535");

    public static LocalizedText BadHost(string text) => new($"de host '{text}' is onvolledig", $"the host '{text}' is incomplete");

    public static LocalizedText BadEscape(string text) => new($"'{text}' bevat een ongeldige %-code", $"'{text}' contains an invalid %-escape");

    public static LocalizedText BadSslMode(string text) => new(
        $"sslmode '{text}' is onbekend (disable, prefer, require, verify-ca, verify-full)",
        $"sslmode '{text}' is unknown (disable, prefer, require, verify-ca, verify-full)");

    public static LocalizedText UnknownUrlParameter(string url, string key, string known) => new(
        $"kpic: de URL '{url}' heeft de onbekende parameter '{key}'; kpic kent: {known}.",
        $"kpic: the URL '{url}' has the unknown parameter '{key}'; kpic knows: {known}.");

    public static LocalizedText Unreachable(string url, string reason) => new(
        $"kpic: de PostgreSQL-server van '{url}' is niet bereikbaar: {reason}. Controleer of de server draait en of host en poort kloppen; er is niets gewijzigd.",
        $"kpic: the PostgreSQL server of '{url}' cannot be reached: {reason}. Check that the server runs and that host and port are right; nothing was changed.");

    public static LocalizedText LoginRefused(string url, string reason) => new(
        $"kpic: de server weigert de aanmelding voor '{url}': {reason}. Het wachtwoord komt uit PGPASSWORD of ~/.pgpass (nooit uit de URL); er is niets gewijzigd.",
        $"kpic: the server refuses the login for '{url}': {reason}. The password comes from PGPASSWORD or ~/.pgpass (never from the URL); nothing was changed.");

    public static LocalizedText NoSuchDatabase(string url, string reason) => new(
        $"kpic: de database van '{url}' bestaat niet op de server ({reason}); maak hem eerst, bijvoorbeeld met createdb.",
        $"kpic: the database of '{url}' does not exist on the server ({reason}); create it first, for example with createdb.");

    public static LocalizedText Unusable(string url, string reason) => new(
        $"kpic: de database '{url}' kan niet worden gebruikt: {reason.TrimEnd('.')}. Er is niets gewijzigd.",
        $"kpic: the database '{url}' cannot be used: {reason.TrimEnd('.')}. Nothing was changed.");

    public static LocalizedText NotAllowed(string url, string reason) => new(
        $"kpic: de server staat dit niet toe voor '{url}': {reason}. Er is niets gewijzigd.",
        $"kpic: the server does not allow this for '{url}': {reason}. Nothing was changed.");
}

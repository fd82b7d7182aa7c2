using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Schema.Postgres;

/// <summary>Messages about PostgreSQL addresses and servers, in Dutch and English; each says what to do.</summary>
public static class PostgresText
{
    private static readonly TextTable Texts = new(typeof(PostgresText));

    public static LocalizedText PasswordInUrl(string hidden) => Texts.Format(nameof(PasswordInUrl), ("hidden", hidden));

    public static LocalizedText BadUrl(string url, LocalizedText reason) => Texts.Format(nameof(BadUrl), ("url", url), ("reason", reason));

    public static LocalizedText BadPort(string text) => Texts.Format(nameof(BadPort), ("text", text));

    public static LocalizedText BadHost(string text) => Texts.Format(nameof(BadHost), ("text", text));

    public static LocalizedText BadEscape(string text) => Texts.Format(nameof(BadEscape), ("text", text));

    public static LocalizedText BadSslMode(string text) => Texts.Format(nameof(BadSslMode), ("text", text));

    public static LocalizedText UnknownUrlParameter(string url, string key, string known) => Texts.Format(nameof(UnknownUrlParameter), ("url", url), ("key", key), ("known", known));

    public static LocalizedText Unreachable(string url, string reason) => Texts.Format(nameof(Unreachable), ("url", url), ("reason", reason));

    public static LocalizedText LoginRefused(string url, string reason) => Texts.Format(nameof(LoginRefused), ("url", url), ("reason", reason));

    public static LocalizedText NoSuchDatabase(string url, string reason) => Texts.Format(nameof(NoSuchDatabase), ("url", url), ("reason", reason));

    public static LocalizedText Unusable(string url, string reason) => Texts.Format(nameof(Unusable), ("url", url), ("reason", reason.TrimEnd('.')));

    public static LocalizedText NotAllowed(string url, string reason) => Texts.Format(nameof(NotAllowed), ("url", url), ("reason", reason));
}

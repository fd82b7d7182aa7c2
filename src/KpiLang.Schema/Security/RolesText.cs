using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Schema.Security;

/// <summary>Messages of <c>kpic roles</c>, in Dutch and English.</summary>
public static class RolesText
{
    private static readonly TextTable Texts = new(typeof(RolesText));

    public static LocalizedText OnlyPostgres(string target) => Texts.Format(nameof(OnlyPostgres), ("target", target));

    public static LocalizedText BadPrefix(string prefix) => Texts.Format(nameof(BadPrefix), ("prefix", prefix));

    public static LocalizedText NotOwner(string url, string owner) => Texts.Format(nameof(NotOwner), ("owner", owner), ("url", url));

    public static LocalizedText NameTooLong(string role) => Texts.Format(nameof(NameTooLong), ("role", role));
}

using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Schema;

/// <summary>Messages about databases, in Dutch and English; each says what to do.</summary>
public static class SchemaText
{
    private static readonly TextTable Texts = new(typeof(SchemaText));

    public static LocalizedText DatabaseNotFound(string path) => Texts.Format(nameof(DatabaseNotFound), ("path", path));

    public static LocalizedText SchemaTooNew(string path, int version, int supported) => Texts.Format(nameof(SchemaTooNew), ("path", path), ("version", version), ("supported", supported));

    public static LocalizedText SchemaTooOldToRead(string path, int version) => Texts.Format(nameof(SchemaTooOldToRead), ("path", path), ("version", version));

    public static LocalizedText NotAKpiDatabase(string path) => Texts.Format(nameof(NotAKpiDatabase), ("path", path));

    public static LocalizedText Unreadable(string path, string reason) => Unusable(path, reason.TrimEnd('.'));

    private static LocalizedText Unusable(string path, string reason) => Texts.Format(nameof(Unusable), ("path", path), ("reason", reason));
}

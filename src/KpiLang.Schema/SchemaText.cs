using KpiLang.Diagnostics;

namespace KpiLang.Schema;

/// <summary>Messages about databases, in Dutch and English; each says what to do.</summary>
public static class SchemaText
{
    public static LocalizedText DatabaseNotFound(string path) => new(
        $"kpic: de database '{path}' bestaat niet; maak hem eerst met 'kpic build <paden> -o {path}'.",
        $"kpic: the database '{path}' does not exist; create it first with 'kpic build <paths> -o {path}'.");

    public static LocalizedText SchemaTooNew(string path, int version, int supported) => new(
        $"kpic: de database '{path}' heeft schemaversie {version}, maar deze kpic kent versie {supported} of lager. "
        + "Gebruik een nieuwere kpic; de database is niet gewijzigd.",
        $"kpic: the database '{path}' has schema version {version}, but this kpic knows version {supported} or lower. "
        + "Use a newer kpic; the database was not changed.");

    public static LocalizedText SchemaTooOldToRead(string path, int version) => new(
        $"kpic: de database '{path}' heeft een oudere schemaversie ({version}); werk hem bij met 'kpic build <paden> -o {path}'.",
        $"kpic: the database '{path}' has an older schema version ({version}); update it with 'kpic build <paths> -o {path}'.");

    public static LocalizedText NotAKpiDatabase(string path) => new(
        $"kpic: '{path}' is geen KpiLang-meetdatabase (de tabel 'metadata' met 'schema_versie' ontbreekt); kies een ander bestand. "
        + "Het bestand is niet gewijzigd.",
        $"kpic: '{path}' is not a KpiLang measurement database (the 'metadata' table with 'schema_versie' is missing); choose another file. "
        + "The file was not changed.");

    public static LocalizedText Unreadable(string path, string reason) => Unusable(path, reason.TrimEnd('.'));

    private static LocalizedText Unusable(string path, string reason) => new(
        $"kpic: de database '{path}' kan niet worden gebruikt: {reason}. Het bestand is niet gewijzigd.",
        $"kpic: the database '{path}' cannot be used: {reason}. The file was not changed.");
}

using KpiLang.Diagnostics;
using KpiLang.Texts;
using KpiLang.Text;

namespace KpiLang.Cli;

/// <summary>Messages of build, import, status and report, in Dutch and English.</summary>
internal static class SchemaCliText
{
    private static readonly TextTable Texts = new(typeof(SchemaCliText));

    public static readonly LocalizedText BuildDescription = Texts.Text(nameof(BuildDescription));
    public static readonly LocalizedText ImportDescription = Texts.Text(nameof(ImportDescription));
    public static readonly LocalizedText StatusDescription = Texts.Text(nameof(StatusDescription));
    public static readonly LocalizedText ReportDescription = Texts.Text(nameof(ReportDescription));
    public static readonly LocalizedText DatabaseOutputDescription = Texts.Text(nameof(DatabaseOutputDescription));
    public static readonly LocalizedText DatabaseDescription = Texts.Text(nameof(DatabaseDescription));
    public static readonly LocalizedText CsvDescription = Texts.Text(nameof(CsvDescription));
    public static readonly LocalizedText ReportOutputDescription = Texts.Text(nameof(ReportOutputDescription));
    public static readonly LocalizedText NumbersDescription = Texts.Text(nameof(NumbersDescription));
    public static readonly LocalizedText CorrectDescription = Texts.Text(nameof(CorrectDescription));

    public static LocalizedText BuildRefused(int errors) => Texts.Format(nameof(BuildRefused), ("errors", errors));

    public static LocalizedText DuplicateIndicator(string name, string first, string second) => Texts.Format(nameof(DuplicateIndicator), ("name", name), ("first", first), ("second", second));

    public static LocalizedText Built(string path, int indicators, long measurements, bool created) =>
        Texts.Format(created ? "BuiltNew" : "BuiltUpdated", (nameof(path), path), (nameof(indicators), indicators), (nameof(measurements), measurements));

    public static LocalizedText Migrated(int from, int to) => Texts.Format(nameof(Migrated), ("from", from), ("to", to));

    public static LocalizedText Archived(string key, string title, long measurements) => Texts.Format(nameof(Archived), ("key", key), ("title", title), ("measurements", measurements));

    public static LocalizedText Restored(string key) => Texts.Format(nameof(Restored), ("key", key));

    public static LocalizedText CannotWrite(string path, LocalizedText reason) => Texts.Format(nameof(CannotWrite), ("path", path), ("reason", reason));

    public static readonly LocalizedText FolderMissing = Texts.Text(nameof(FolderMissing));

    public static LocalizedText FileNotFound(string path) => Texts.Format(nameof(FileNotFound), ("path", path));

    public static LocalizedText Imported(int rows, string path) => Texts.Format(nameof(Imported), ("rows", rows), ("path", path));

    /// <summary>Four sentences: with or without corrected rows, with or without lines that changed nothing.</summary>
    public static LocalizedText Corrected(int rows, int unchanged, string path) =>
        Texts.Format((rows > 0, unchanged > 0) switch
        {
            (true, false) => "Corrected",
            (true, true) => "CorrectedSomeUnchanged",
            (false, false) => "CorrectedNone",
            (false, true) => "CorrectedNoneAllUnchanged",
        }, (nameof(rows), rows), (nameof(unchanged), unchanged), (nameof(path), path));

    public static LocalizedText EncodingNotice(string file, LocalizedText encoding) => Texts.Format(nameof(EncodingNotice), ("file", file), ("encoding", encoding));

    public static LocalizedText CannotRead(string path, LocalizedText reason) => Texts.Format(nameof(CannotRead), ("path", path), ("reason", reason));

    public static LocalizedText MoreErrors(int count) => Texts.Format(nameof(MoreErrors), ("count", count));

    /// <summary>After numbers were refused as written in the other notation: how to say which notation the file uses.</summary>
    public static LocalizedText NotationHint(NumberNotation notation) => notation == NumberNotation.Dutch
        ? Texts.Text(nameof(NotationHint))
        : Texts.Text("NotationHint2");

    public static LocalizedText ImportFailed(int errors) => Texts.Format(nameof(ImportFailed), ("errors", errors));

    public static LocalizedText ReportWritten(string path, int charts) => Texts.Format(nameof(ReportWritten), ("path", path), ("charts", charts));
}

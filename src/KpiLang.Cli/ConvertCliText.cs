using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Cli;

/// <summary>Messages of <c>kpic convert</c>, in Dutch and English.</summary>
internal static class ConvertCliText
{
    private static readonly TextTable Texts = new(typeof(ConvertCliText));

    public static readonly LocalizedText Description = Texts.Text(nameof(Description));
    public static readonly LocalizedText TableDescription = Texts.Text(nameof(TableDescription));
    public static readonly LocalizedText OutputDescription = Texts.Text(nameof(OutputDescription));
    public static readonly LocalizedText OverwriteDescription = Texts.Text(nameof(OverwriteDescription));
    public static readonly LocalizedText FormatDescription = Texts.Text(nameof(FormatDescription));

    public static LocalizedText OutputExists(string path) => Texts.Format(nameof(OutputExists), ("path", path));
    public static LocalizedText NotKpi(string path) => Texts.Format(nameof(NotKpi), ("path", path));
    public static LocalizedText TableRefused(int errors) => Texts.Format(nameof(TableRefused), ("errors", errors));
    public static LocalizedText Converted(string table, string output, int rows, int withTarget, int targets, int kept) => Texts.Format(nameof(Converted), ("table", table), ("output", output), ("rows", rows), ("withTarget", withTarget), ("targets", targets), ("kept", kept));
}

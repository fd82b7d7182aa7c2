using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Cli.Commands;

/// <summary>The messages of kpic format, in Dutch and English.</summary>
internal static class FormatText
{
    private static readonly TextTable Texts = new(typeof(FormatText));

    public static readonly LocalizedText Description = Texts.Text(nameof(Description));
    public static readonly LocalizedText CheckOption = Texts.Text(nameof(CheckOption));
    public static LocalizedText WouldChange(string file) => Texts.Format(nameof(WouldChange), ("file", file));
    public static LocalizedText Formatted(string file) => Texts.Format(nameof(Formatted), ("file", file));
    public static LocalizedText Refused(string file, string reason) =>
        Texts.Format(nameof(Refused), ("file", file), ("reason", reason));
    public static LocalizedText Summary(int files, int changed, int refused, bool checkOnly) => checkOnly
        ? Texts.Format("CheckedSummary", ("files", files), ("changed", changed), ("refused", refused))
        : Texts.Format("FormattedSummary", ("files", files), ("changed", changed), ("refused", refused));
}

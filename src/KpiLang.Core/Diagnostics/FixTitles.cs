using KpiLang.Texts;

namespace KpiLang.Diagnostics;

/// <summary>
/// The titles of the compiler's and the rules' quick fixes ("Schrijf 'indicator'"), as the editor lists them; the
/// texts are in FixTitles.resx and FixTitles.en.resx.
/// </summary>
public static class FixTitles
{
    private static readonly TextTable Texts = new(typeof(FixTitles));

    public static LocalizedText Write(string text) => Texts.Format(nameof(Write), ("text", text));

    public static LocalizedText Remove(string text) => Texts.Format(nameof(Remove), ("text", text));

    public static LocalizedText AddColon => Texts.Text(nameof(AddColon));

    public static LocalizedText CloseBlock => Texts.Text(nameof(CloseBlock));

    public static LocalizedText UseStraightQuotes => Texts.Text(nameof(UseStraightQuotes));

    public static LocalizedText MoveOthersToInvolved => Texts.Text(nameof(MoveOthersToInvolved));

    public static LocalizedText MakeOwner(string actor) => Texts.Format(nameof(MakeOwner), ("actor", actor));

    public static LocalizedText AddNijmegenDisclaimer => Texts.Text(nameof(AddNijmegenDisclaimer));

    public static LocalizedText SetNextReview(string date) => Texts.Format(nameof(SetNextReview), ("date", date));
}

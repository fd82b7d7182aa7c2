using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// Findings whose case is a sentence of its own (<see cref="Diagnostic.Message"/>): a code that names a retired rule
/// or a language error gets its own whole sentence instead of a clause glued into the general one. Same table as the
/// descriptors.
/// </summary>
public static partial class ConfigurationDiagnostics
{
    /// <summary>The reason kpiconfig.json is invalid when the file provider gives none.</summary>
    public static LocalizedText ConfigUnreadable => Texts.Text(nameof(ConfigUnreadable));

    /// <summary>Why kpiconfig.json is invalid when its top level is not an object.</summary>
    public static LocalizedText ExpectedObject => Texts.Text(nameof(ExpectedObject));

    /// <summary>What replaced the retired rule KPI121.</summary>
    public static LocalizedText RetiredKPI121 => Texts.Text(nameof(RetiredKPI121));

    public static LocalizedText SettingNotANumber(string setting, string code) =>
        Texts.Format(nameof(SettingNotANumber), (nameof(setting), setting), (nameof(code), code));

    public static LocalizedText UnknownRuleRetired(string typed, LocalizedText why) =>
        Texts.Format(nameof(UnknownRuleRetired), (nameof(typed), typed), (nameof(why), why));

    public static LocalizedText UnknownRuleIsCompilerCode(string typed, string code) =>
        Texts.Format(nameof(UnknownRuleIsCompilerCode), (nameof(typed), typed), (nameof(code), code));

    public static LocalizedText UnknownRuleIsLanguageError(string typed, string code, string title) =>
        Texts.Format(nameof(UnknownRuleIsLanguageError), (nameof(typed), typed), (nameof(code), code), (nameof(title), title));

    public static LocalizedText UnknownRuleIsRenamedLanguageError(string typed, string code, string current, string title) =>
        Texts.Format(nameof(UnknownRuleIsRenamedLanguageError), (nameof(typed), typed), (nameof(code), code), (nameof(current), current), (nameof(title), title));

    public static LocalizedText SuppressionOfRetiredRule(string typed, LocalizedText why) =>
        Texts.Format(nameof(SuppressionOfRetiredRule), (nameof(typed), typed), (nameof(why), why));

    public static LocalizedText SuppressionOfCompilerCode(string typed, string code) =>
        Texts.Format(nameof(SuppressionOfCompilerCode), (nameof(typed), typed), (nameof(code), code));

    public static LocalizedText SuppressionOfLanguageError(string typed, string code, string title) =>
        Texts.Format(nameof(SuppressionOfLanguageError), (nameof(typed), typed), (nameof(code), code), (nameof(title), title));

    public static LocalizedText SuppressionOfRenamedLanguageError(string typed, string code, string current, string title) =>
        Texts.Format(nameof(SuppressionOfRenamedLanguageError), (nameof(typed), typed), (nameof(code), code), (nameof(current), current), (nameof(title), title));
}

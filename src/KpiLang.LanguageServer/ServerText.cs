using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.LanguageServer;

/// <summary>Every user-facing text of the language server, in Dutch and English.</summary>
internal static class ServerText
{
    private static readonly TextTable Texts = new(typeof(ServerText));

    public static readonly LocalizedText RelatedLocation = Texts.Text(nameof(RelatedLocation));
    public static readonly LocalizedText Started = Texts.Text(nameof(Started));
    public static LocalizedText WorkspaceLoaded(string root, int files) =>
        Texts.Format(nameof(WorkspaceLoaded), ("root", root), ("files", files));
    public static LocalizedText ParentGone(int pid) =>
        Texts.Format(nameof(ParentGone), ("pid", pid));
    public static LocalizedText DroppedMessage(string reason) =>
        Texts.Format(nameof(DroppedMessage), ("reason", reason));
    public static LocalizedText InvalidParams(string method, string reason) =>
        Texts.Format(nameof(InvalidParams), ("method", method), ("reason", reason));
    public static LocalizedText RequestFailed(string method, string reason) =>
        Texts.Format(nameof(RequestFailed), ("method", method), ("reason", reason));
    public static readonly LocalizedText NotAName = Texts.Text(nameof(NotAName));
    public static LocalizedText InvalidNewName(string name) =>
        Texts.Format(nameof(InvalidNewName), ("name", name));
    public static LocalizedText NameTaken(string name, string kind) =>
        Texts.Format(nameof(NameTaken), ("name", name), ("kind", kind));

    internal static LocalizedText AddDeadlineIn(object target, object year) => Texts.Format(nameof(AddDeadlineIn), (nameof(target), target), (nameof(year), year));
    internal static LocalizedText AddLineToTarget(object line) => Texts.Format(nameof(AddLineToTarget), (nameof(line), line));

    internal static LocalizedText AddDeadline(object target) => Texts.Format(nameof(AddDeadline), (nameof(target), target));
    internal static LocalizedText AddDisclaimer => Texts.Text(nameof(AddDisclaimer));
    internal static LocalizedText AddOwner => Texts.Text(nameof(AddOwner));
    internal static LocalizedText AddPlannedBaseline => Texts.Text(nameof(AddPlannedBaseline));
    internal static LocalizedText FixAllInFile(object fixes, object code) => Texts.Format(nameof(FixAllInFile), (nameof(fixes), fixes), (nameof(code), code));
    internal static LocalizedText ReasonPlaceholder => Texts.Text(nameof(ReasonPlaceholder));
    internal static LocalizedText SuppressHere(object code) => Texts.Format(nameof(SuppressHere), (nameof(code), code));

    internal static LocalizedText IndicatorCount(int count) => Texts.Format(nameof(IndicatorCount), (nameof(count), count));
    internal static LocalizedText FindingCount(int count) => Texts.Format(nameof(FindingCount), (nameof(count), count));

    internal static LocalizedText Level(DiagnosticSeverity level) => level switch
    {
        DiagnosticSeverity.Error => Texts.Text("LevelError"),
        DiagnosticSeverity.Warning => Texts.Text("LevelWarning"),
        _ => Texts.Text("LevelInfo"),
    };

    /// <summary>The first line of a code's help: a rule's, or a language error's that says it cannot be suppressed.</summary>
    internal static LocalizedText CodeHeading(DiagnosticDescriptor descriptor) => Texts.Format(
        descriptor.Category == DiagnosticCategory.Compiler ? "LanguageErrorHeading" : "RuleHeading",
        ("code", descriptor.Code), ("title", descriptor.Title), ("level", Level(descriptor.DefaultSeverity)));

    internal static LocalizedText RenamedCode(string typed, string code) => Texts.Format(nameof(RenamedCode), (nameof(typed), typed), (nameof(code), code));

    internal static LocalizedText FillIn => Texts.Text(nameof(FillIn));

    internal static LocalizedText Acceptable => Texts.Text(nameof(Acceptable));
    internal static LocalizedText ChecklistAcceptanceCriteria => Texts.Text(nameof(ChecklistAcceptanceCriteria));
    internal static LocalizedText ChecklistMonitoringFigure => Texts.Text(nameof(ChecklistMonitoringFigure));
    internal static LocalizedText EveryTargetHasTimeFrame => Texts.Text(nameof(EveryTargetHasTimeFrame));
    internal static LocalizedText Measurable => Texts.Text(nameof(Measurable));
    internal static LocalizedText NotApplicable => Texts.Text(nameof(NotApplicable));
    internal static LocalizedText NotApplicableWithoutTarget => Texts.Text(nameof(NotApplicableWithoutTarget));
    internal static LocalizedText OwnerIs(object owner) => Texts.Format(nameof(OwnerIs), (nameof(owner), owner));
    internal static LocalizedText QuantityTargetValue => Texts.Text(nameof(QuantityTargetValue));
    internal static LocalizedText Realistic => Texts.Text(nameof(Realistic));
    internal static LocalizedText SaysWhatCountedMeasured => Texts.Text(nameof(SaysWhatCountedMeasured));
    internal static LocalizedText Specific => Texts.Text(nameof(Specific));
    internal static LocalizedText TargetsFitBaselineDirection => Texts.Text(nameof(TargetsFitBaselineDirection));
    internal static LocalizedText TimeBound => Texts.Text(nameof(TimeBound));
}

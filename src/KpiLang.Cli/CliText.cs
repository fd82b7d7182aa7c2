using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Cli;

/// <summary>The CLI's own messages, in Dutch and English.</summary>
internal static class CliText
{
    private static readonly TextTable Texts = new(typeof(CliText));

    public static readonly LocalizedText RootDescription = Texts.Text(nameof(RootDescription));
    public static readonly LocalizedText CheckDescription = Texts.Text(nameof(CheckDescription));
    public static readonly LocalizedText PathsDescription = Texts.Text(nameof(PathsDescription));
    public static readonly LocalizedText FormatDescription = Texts.Text(nameof(FormatDescription));
    public static readonly LocalizedText LangDescription = Texts.Text(nameof(LangDescription));
    public static readonly LocalizedText WarnAsErrorDescription = Texts.Text(nameof(WarnAsErrorDescription));
    public static readonly LocalizedText RootOptionDescription = Texts.Text(nameof(RootOptionDescription));
    public static readonly LocalizedText TodayDescription = Texts.Text(nameof(TodayDescription));
    public static readonly LocalizedText OutputDescription = Texts.Text(nameof(OutputDescription));

    public static readonly LocalizedText RulesDescription = Texts.Text(nameof(RulesDescription));
    public static readonly LocalizedText RulesFormatDescription = Texts.Text(nameof(RulesFormatDescription));
    public static LocalizedText RulesFooter(int count) => Texts.Format(nameof(RulesFooter), ("count", count));

    public static LocalizedText PathNotFound(string path) => Texts.Format(nameof(PathNotFound), ("path", path));
    public static LocalizedText UnknownOption(string option) => Texts.Format(nameof(UnknownOption), ("option", option));
    public static readonly LocalizedText HelpDescription = Texts.Text(nameof(HelpDescription));
    public static readonly LocalizedText VersionDescription = Texts.Text(nameof(VersionDescription));
    public static LocalizedText RootNotFound(string root) => Texts.Format(nameof(RootNotFound), ("root", root));
    public static LocalizedText InputOutsideRoot(string input, string root) => Texts.Format(nameof(InputOutsideRoot), ("input", input), ("root", root));
    public static LocalizedText NoFiles(string paths) => Texts.Format(nameof(NoFiles), ("paths", paths));
    public static LocalizedText InvalidDate(string value) => Texts.Format(nameof(InvalidDate), ("value", value));

    public static LocalizedText Summary(int errors, int warnings, int infos, int files) => Texts.Format(nameof(Summary), ("errors", errors), ("warnings", warnings), ("infos", infos), ("files", files));

    public static LocalizedText SummaryWrittenTo(int errors, int warnings, int infos, int files, string file) =>
        Texts.Format(nameof(SummaryWrittenTo), (nameof(errors), errors), (nameof(warnings), warnings), (nameof(infos), infos), (nameof(files), files), (nameof(file), file));

    public static LocalizedText FileSystemFailed(LocalizedText reason) => Texts.Format(nameof(FileSystemFailed), ("reason", reason));

    /// <summary>A bug: said plainly, with what a maintainer needs, instead of a stack trace.</summary>
    public static LocalizedText InternalError(Exception e) => Texts.Format(nameof(InternalError), ("eGetTypeName", e.GetType().Name), ("eMessage", e.Message));

    public static LocalizedText SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Texts.Text("SeverityWordError"),
        DiagnosticSeverity.Warning => Texts.Text("SeverityWordWarning"),
        _ => Texts.Text("SeverityWordInfo"),
    };

    internal static LocalizedText LspDescription => Texts.Text(nameof(LspDescription));
    internal static LocalizedText LspStdioDescription => Texts.Text(nameof(LspStdioDescription));

    /// <summary>After a command line that could not be read.</summary>
    public static LocalizedText SeeHelp => Texts.Text(nameof(SeeHelp));
}

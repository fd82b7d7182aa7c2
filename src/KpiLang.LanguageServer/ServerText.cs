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
}

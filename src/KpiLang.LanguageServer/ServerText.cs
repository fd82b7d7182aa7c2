using KpiLang.Diagnostics;

namespace KpiLang.LanguageServer;

/// <summary>Every user-facing text of the language server, in Dutch and English.</summary>
internal static class ServerText
{
    public static readonly LocalizedText RelatedLocation = new("zie ook hier", "see also here");
    public static readonly LocalizedText Started = new("KpiLang-taalserver gestart", "KpiLang language server started");
    public static LocalizedText WorkspaceLoaded(string root, int files) =>
        new($"Werkmap {root} geladen: {Counted.Of(files, ".kpi-bestand", ".kpi-bestanden")}", $"Loaded workspace {root}: {Counted.Of(files, ".kpi file", ".kpi files")}");
    public static LocalizedText ParentGone(int pid) =>
        new($"Het editorproces {pid} is gestopt; de taalserver stopt ook", $"Editor process {pid} has exited; the language server stops too");
    public static LocalizedText DroppedMessage(string reason) =>
        new($"Onleesbaar bericht genegeerd: {reason}", $"Ignored an unreadable message: {reason}");
    public static LocalizedText InvalidParams(string method, string reason) =>
        new($"Ongeldige parameters voor {method}: {reason}", $"Invalid parameters for {method}: {reason}");
    public static LocalizedText RequestFailed(string method, string reason) =>
        new($"Verzoek {method} mislukt: {reason}", $"Request {method} failed: {reason}");
    public static readonly LocalizedText NotAName = new("Dit is geen naam die u kunt hernoemen", "This is not a name you can rename");
    public static LocalizedText InvalidNewName(string name) =>
        new($"'{name}' is geen geldige naam: gebruik letters, cijfers en _, beginnend met een letter, en geen sleutelwoord",
            $"'{name}' is not a valid name: use letters, digits and _, starting with a letter, and no keyword");
    public static LocalizedText NameTaken(string name, string kind) =>
        new($"De naam '{name}' is al in gebruik voor een {kind}", $"The name '{name}' is already used by a {kind}");
}

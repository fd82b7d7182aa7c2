namespace KpiLang.Diagnostics;

/// <summary>
/// Findings whose case is a sentence of its own (<see cref="Diagnostic.Message"/>), not the descriptor's message with
/// a clause glued in or left out: "… is niet gedeclareerd; verwacht een actor; bedoel je 'x'?" is one text in the
/// table, as is the same message without the suggestion (the descriptor's). Same table as the descriptors.
/// </summary>
public static partial class CompilerDiagnostics
{
    public static LocalizedText UnresolvedNameWithSuggestion(string name, LocalizedText expected, string suggestion) =>
        Texts.Format(nameof(UnresolvedNameWithSuggestion), ("name", name), ("expected", expected), ("suggestion", suggestion));

    public static LocalizedText UnknownChoiceWithSuggestion(string word, string property, string suggestion) =>
        Texts.Format(nameof(UnknownChoiceWithSuggestion), ("word", word), ("property", property), ("suggestion", suggestion));

    public static LocalizedText UnknownReplacedWithSuggestion(string name, string suggestion) =>
        Texts.Format(nameof(UnknownReplacedWithSuggestion), ("name", name), ("suggestion", suggestion));

    /// <summary>A property at the top of a file, outside every declaration.</summary>
    public static LocalizedText MemberOutsideDeclaration(string member, string allowed) =>
        Texts.Format(nameof(MemberOutsideDeclaration), ("member", member), ("allowed", allowed));

    /// <summary>A declaration that may not stand at the top of a file.</summary>
    public static LocalizedText MemberNotInFile(string member, string allowed) =>
        Texts.Format(nameof(MemberNotInFile), ("member", member), ("allowed", allowed));

    /// <summary>A property or declaration inside the block of a streefwaarde.</summary>
    public static LocalizedText MemberNotInTarget(string member, string allowed) =>
        Texts.Format(nameof(MemberNotInTarget), ("member", member), ("allowed", allowed));

    /// <summary>The unit of an indicator that counts without a unit of its own ("met eenheid 'aantal'").</summary>
    public static LocalizedText CountUnit => Texts.Text(nameof(CountUnit));

    /// <summary>A party in quotes whose title is that of a declared actor.</summary>
    public static LocalizedText PartyIsActorByTitle(string party, string actor) =>
        Texts.Format(nameof(PartyIsActorByTitle), ("party", party), ("actor", actor));

    /// <summary>An import outside the workspace so far away that only the file system's root holds both.</summary>
    public static LocalizedText ImportFarOutsideWorkspace(string file, string workspace) =>
        Texts.Format(nameof(ImportFarOutsideWorkspace), ("file", file), ("workspace", workspace));
}

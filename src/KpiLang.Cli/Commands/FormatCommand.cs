using System.CommandLine;
using System.Text;
using KpiLang.Cli.Output;
using KpiLang.Diagnostics;
using KpiLang.Formatting;
using KpiLang.Sources;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Cli.Commands;

/// <summary>
/// <c>kpic format</c>: rewrites .kpi files in the canonical layout, in place. With <c>--check</c> nothing is written;
/// it lists the files that would change and exits 1 when there are any (for CI). Files with syntax errors are left
/// alone and reported.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths(helpLanguage);
        var check = new Option<bool>("--check", "--controleer") { Description = Text.CheckOption.Get(helpLanguage) };
        var lang = CommonOptions.Lang(helpLanguage);
        var root = CommonOptions.Root(helpLanguage);
        var command = new Command("format", Text.Description.Get(helpLanguage)) { paths, check, lang, root };
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            // --root reads nothing for format (it follows no imports) but is checked as check and build check it, so a
            // pipeline can give the three commands the same paths and root.
            if (WorkspaceInputs.Resolve(result.GetValue(paths) ?? [], result.GetValue(root), language, error) is not { } inputs)
                return ExitCodes.Usage;
            var files = inputs.Files;

            var checkOnly = result.GetValue(check);
            int changed = 0, refused = 0;
            foreach (var file in files)
            {
                var read = PhysicalFileProvider.Instance.Read(file);
                var shown = ReportedFile.Name(file);
                if (read.Text is null)
                {
                    error.WriteLine(Text.Refused(shown, read.Error?.Get(language) ?? "?").Get(language));
                    refused++;
                    continue;
                }
                var formatted = KpiFormatter.Format(SyntaxTree.Parse(SourceText.From(read.Text, file)));
                if (formatted.RefusedBecause is { } reason)
                {
                    error.WriteLine(Text.Refused(shown, reason.Get(language)).Get(language));
                    refused++;
                    continue;
                }
                if (!formatted.Changed) continue;
                changed++;
                if (checkOnly)
                {
                    output.WriteLine(Text.WouldChange(shown).Get(language));
                    continue;
                }
                File.WriteAllText(file, formatted.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                output.WriteLine(Text.Formatted(shown).Get(language));
            }
            output.WriteLine(Text.Summary(files.Count, changed, refused, checkOnly).Get(language));
            return (checkOnly && changed > 0) || refused > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The messages of this command, in Dutch and English.</summary>
    private static class Text
    {
        public static readonly LocalizedText Description = new(
            "Zet .kpi-bestanden in de standaardopmaak (commentaar blijft staan).",
            "Rewrite .kpi files in the canonical layout (comments are kept).");
        public static readonly LocalizedText CheckOption = new(
            "Schrijf niets; toon welke bestanden zouden veranderen en eindig met exitcode 1 als dat er zijn.",
            "Write nothing; list the files that would change and exit with code 1 if there are any.");
        public static LocalizedText WouldChange(string file) => new($"zou veranderen: {file}", $"would change: {file}");
        public static LocalizedText Formatted(string file) => new($"opgemaakt: {file}", $"formatted: {file}");
        public static LocalizedText Refused(string file, string reason) =>
            new($"{file}: niet opgemaakt: {reason}", $"{file}: not formatted: {reason}");
        public static LocalizedText Summary(int files, int changed, int refused, bool checkOnly) => checkOnly
            ? new($"{Counted.Of(files, "bestand", "bestanden")} gecontroleerd, {changed} niet in standaardopmaak, {refused} overgeslagen.",
                  $"{Counted.Of(files, "file", "files")} checked, {changed} not in canonical layout, {refused} skipped.")
            : new($"{Counted.Of(files, "bestand", "bestanden")}, {changed} opgemaakt, {refused} overgeslagen.",
                  $"{Counted.Of(files, "file", "files")}, {changed} formatted, {refused} skipped.");
    }
}

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
    public const string Name = "format";

    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var paths = CommonOptions.Paths(helpLanguage);
        var check = new Option<bool>("--check", "--controleer") { Description = FormatText.CheckOption.Get(helpLanguage) };
        var lang = CommonOptions.Lang(helpLanguage);
        var root = CommonOptions.Root(helpLanguage);
        var command = new Command(Name, FormatText.Description.Get(helpLanguage)) { paths, check, lang, root };
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
                    error.WriteLine(FormatText.Refused(shown, read.Error?.Get(language) ?? "?").Get(language));
                    refused++;
                    continue;
                }
                var formatted = KpiFormatter.Format(SyntaxTree.Parse(SourceText.From(read.Text, file)));
                if (formatted.RefusedBecause is { } reason)
                {
                    error.WriteLine(FormatText.Refused(shown, reason.Get(language)).Get(language));
                    refused++;
                    continue;
                }
                if (!formatted.Changed) continue;
                changed++;
                if (checkOnly)
                {
                    output.WriteLine(FormatText.WouldChange(shown).Get(language));
                    continue;
                }
                File.WriteAllText(file, formatted.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                output.WriteLine(FormatText.Formatted(shown).Get(language));
            }
            output.WriteLine(FormatText.Summary(files.Count, changed, refused, checkOnly).Get(language));
            return (checkOnly && changed > 0) || refused > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}

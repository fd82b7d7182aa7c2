using System.CommandLine;
using KpiLang.Diagnostics;
using KpiLang.Schema.Security;

namespace KpiLang.Cli.Commands;

/// <summary>
/// <c>kpic roles</c> (<c>kpic rollen</c>): sets up the roles and row-level security of a shared PostgreSQL
/// measurement database, so that each provider reads and writes only its own measurements and the region reads all.
/// Run by the role that builds (the owner of the tables), again after a build that adds providers.
/// </summary>
internal static class RolesCommand
{
    public static Command Create(Language helpLanguage, TextWriter output, TextWriter error)
    {
        var database = ImportCommand.DatabaseOption(helpLanguage);
        var prefix = new Option<string>("--prefix", "--voorvoegsel")
        {
            Description = RolesCliText.PrefixDescription.Get(helpLanguage),
            DefaultValueFactory = _ => RowSecurity.DefaultPrefix,
        };
        var lang = CommonOptions.Lang(helpLanguage);
        var command = new Command("roles", RolesCliText.Description.Get(helpLanguage)) { database, prefix, lang };
        command.Aliases.Add("rollen");
        command.SetAction(result =>
        {
            var language = LanguageParser.Parse(result.GetValue(lang));
            var target = result.GetValue(database)!;
            return DatabaseErrors.Run(language, error, target, () =>
            {
                var roles = RowSecurity.Apply(target, result.GetValue(prefix)!);
                output.WriteLine(RolesCliText.Done(target, roles).Get(language));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}

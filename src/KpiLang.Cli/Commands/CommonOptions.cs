using System.CommandLine;
using System.Globalization;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Commands;

/// <summary>Options shared by several commands, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(Language language) => new("paden")
    {
        Description = CliText.PathsDescription.Get(language),
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Lang(Language language)
    {
        var option = new Option<string>("--lang", "--taal")
        {
            Description = CliText.LangDescription.Get(language),
            DefaultValueFactory = _ => language == Language.En ? "en" : "nl",
        };
        option.AcceptOnlyFromAmong("nl", "en");
        return option;
    }

    public static Option<string?> Root(Language language) => new("--root")
    {
        Description = CliText.RootOptionDescription.Get(language),
    };

    public static Option<string?> Today(Language language) => new("--today", "--vandaag")
    {
        Description = CliText.TodayDescription.Get(language),
    };

    public static bool TryParseToday(string? value, out DateOnly today)
    {
        today = DateOnly.FromDateTime(DateTime.Today);
        return value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today);
    }
}

using KpiLang.Diagnostics;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>Status and report show a target as it was written, with the reader's decimal sign and the unit of a shift.</summary>
public class TargetTextTests
{
    private const string Spec = """
        actor team "Team" { niveau: uitvoering  beïnvloedt: waardering, bereik }
        doel d "Doel" {
          indicator waardering "Waardering van de overleggen" {
            laag: kwaliteit
            soort: score 1..10
            eigenaar: team
            nulmeting: 6,8 op 2025-03-01
            streefwaarde: minimaal 7,5 in 2026
          }
          indicator bereik "Bereik onder jongeren" {
            laag: impact
            soort: percentage
            eigenaar: team
            nulmeting: 60 % op 2025-01-01
            streefwaarde: minimaal nulmeting + 5 procentpunt in 2026
          }
        }
        """;

    private static (TempFolder Folder, string Database) Built()
    {
        var folder = new TempFolder();
        folder.Write("spec/spec.kpi", Spec);
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (code, output, error) = CliRunner.Run("build", Path.Combine(folder.Path, "spec"), "-o", database);
        Assert.True(code == 0, output + error);
        return (folder, database);
    }

    [Fact]
    public void Status_shows_a_decimal_comma_in_dutch_a_point_in_english_and_the_unit_of_a_relative_target()
    {
        var (folder, database) = Built();
        using var _ = folder;

        var (code, dutch, error) = CliRunner.Run("status", "--db", database);
        Assert.True(code == 0, dutch + error);
        Assert.Matches(@"waardering\s+—\s+6,8\s+minimaal 7,5 \(uiterlijk 2026-12-31\)", dutch);
        Assert.Contains("minimaal nulmeting + 5 procentpunt (uiterlijk 2026-12-31)", dutch);
        Assert.DoesNotContain("7.5", dutch);

        var (_, english, _) = CliRunner.Run("status", "--db", database, "--lang", "en");
        Assert.Matches(@"waardering\s+—\s+6\.8\s+minimaal 7\.5 \(by 2026-12-31\)", english);
        Assert.Contains("minimaal nulmeting + 5 procentpunt (by 2026-12-31)", english);
    }

    [Fact]
    public void The_report_shows_targets_with_the_same_formatter_as_status()
    {
        var (folder, database) = Built();
        using var _ = folder;
        var html = Path.Combine(folder.Path, "rapport.html");

        Assert.Equal(0, CliRunner.Run("report", "--db", database, "-o", html).ExitCode);
        var dutch = File.ReadAllText(html);
        Assert.Contains("streefwaarde minimaal 7,5", dutch);
        Assert.Contains("streefwaarde minimaal nulmeting + 5 procentpunt", dutch);

        Assert.Equal(0, CliRunner.Run("report", "--db", database, "-o", html, "--lang", "en").ExitCode);
        Assert.Contains("target minimaal 7.5", File.ReadAllText(html));
    }

    [Fact]
    public void The_database_keeps_the_target_with_a_decimal_point_for_sql()
    {
        var (folder, database) = Built();
        using var _ = folder;
        Assert.Equal("minimaal 7.5", SchemaTestKit.Scalar(database, "SELECT omschrijving FROM streefwaarde s JOIN indicator i ON i.id = s.indicator_id WHERE i.sleutel = 'waardering'"));
    }

    [Theory]
    [InlineData("minimaal 7.5 per jaar", Language.Nl, "minimaal 7,5 per jaar")]
    [InlineData("minimaal 7.5 per jaar", Language.En, "minimaal 7.5 per jaar")]
    [InlineData("tussen 2.25 % en 10 %", Language.Nl, "tussen 2,25 % en 10 %")]
    [InlineData("minimaal benchmark \"CBS 2.0\" + 0.5", Language.Nl, "minimaal benchmark \"CBS 2.0\" + 0,5")]
    [InlineData("maximaal € 4000000", Language.Nl, "maximaal € 4.000.000")]
    [InlineData("maximaal € 4000000", Language.En, "maximaal € 4,000,000")]
    [InlineData("maximaal 2900 in 2026", Language.Nl, "maximaal 2900 in 2026")]
    [InlineData("nulmeting op 2024-01-01", Language.Nl, "nulmeting op 2024-01-01")]
    public void Numbers_in_a_target_read_in_the_readers_language(string stored, Language language, string shown) =>
        Assert.Equal(shown, NumberText.Localize(stored, language));
}

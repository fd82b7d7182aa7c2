using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>Recompiling never loses data: the sample is edited (rename, remove, replace) and rebuilt many times.</summary>
public class RebuildKeepsMeasurementsTests
{
    private const string MeasurementsQuery =
        "SELECT m.id, i.sleutel, m.periode_begin, m.periode_eind, m.uitsplitsing, m.waarde, m.tekst FROM meting m JOIN indicator i ON i.id = m.indicator_id ORDER BY m.id";

    [Fact]
    public void Fifty_rebuilds_with_renamed_removed_and_replaced_indicators_keep_every_measurement()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "resv");
        var file = Path.Combine(spec, "resv.kpi");
        var original = File.ReadAllText(file);
        var trustBlock = Regex.Match(original, @"\n        indicator ervaren_vertrouwen .*?\n        }\n", RegexOptions.Singleline).Value;
        Assert.NotEmpty(trustBlock);
        var database = Path.Combine(folder.Path, "resv.sqlite");
        SchemaTestKit.Build(spec, database);

        var year = 1960; // 50 builds later still in the past: periods after today are refused
        void Measure(params string[] indicators) => SchemaTestKit.Import(folder, database,
            "indicator,periode_begin,periode_eind,uitsplitsing,waarde\n"
            + string.Concat(indicators.Select(i => $"{i},{year}-01-01,{year}-12-31,Noord,{(year % 9) + 1}\n")));

        Measure("aantal_overleggen", "diversiteit_disciplines", "ervaren_vertrouwen", "opgehaalde_ervaringen");
        var expected = SchemaTestKit.Query(database, MeasurementsQuery);

        for (var build = 1; build <= 50; build++)
        {
            year++;
            var text = original;
            // Rename: diversiteit_disciplines gets a new name every build (the old names are archived).
            var renamed = $"diversiteit_v{build}";
            text = text.Replace("indicator diversiteit_disciplines ", $"indicator {renamed} ", StringComparison.Ordinal);
            // Remove: every other build, ervaren_vertrouwen leaves the specification and then comes back.
            var removed = build % 2 == 1;
            if (removed) text = text.Replace(trustBlock, "\n", StringComparison.Ordinal);
            // Replace: every third build, a successor declares that it replaces opgehaalde_ervaringen.
            if (build % 3 == 0)
                text = text.Replace("        indicator opgehaalde_ervaringen ", $$"""
                            indicator ervaringen_v{{build}} "Opgehaalde ervaringen, nieuwe definitie" {
                                vervangt: opgehaalde_ervaringen omdat "nieuwe definitie"
                                laag: activiteit
                                soort: aantal
                                uitsplitsing: wijkverband
                                eigenaar: RESV
                            }
                            indicator opgehaalde_ervaringen 
                    """.TrimEnd('\n', ' ') + " ", StringComparison.Ordinal);
            File.WriteAllText(file, text);

            var result = SchemaTestKit.Build(spec, database);
            Assert.Equal(expected.Count, result.MeasurementCount);
            Assert.Equal(expected, SchemaTestKit.Query(database, MeasurementsQuery));

            // New measurements go to whatever the indicators are called now; they must survive the next builds too.
            var active = new List<string> { renamed, "aantal_overleggen" };
            if (!removed) active.Add("ervaren_vertrouwen");
            if (build % 3 == 0) active.Add($"ervaringen_v{build}");
            Measure([.. active]);
            expected = SchemaTestKit.Query(database, MeasurementsQuery);
        }

        // Every name diversiteit_disciplines ever had is archived with its measurements; the latest is active.
        Assert.Equal(50L, SchemaTestKit.Scalar(database,
            "SELECT COUNT(*) FROM gearchiveerde_indicator WHERE indicator = 'diversiteit_disciplines' OR indicator LIKE 'diversiteit_v%'"));
        Assert.Equal(1L, SchemaTestKit.Scalar(database, "SELECT actief FROM indicator WHERE sleutel = 'diversiteit_v50'"));
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM gearchiveerde_indicator WHERE aantal_metingen = 0 AND indicator LIKE 'diversiteit%'"));
        // Build 50 removed nothing but build 49 did: ervaren_vertrouwen is back, active, with all its history.
        Assert.Equal(1L, SchemaTestKit.Scalar(database, "SELECT actief FROM indicator WHERE sleutel = 'ervaren_vertrouwen'"));
        Assert.Equal(26L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting_met_indicator WHERE indicator = 'ervaren_vertrouwen'"));
        Assert.Equal("ok", SchemaTestKit.Scalar(database, "PRAGMA integrity_check"));
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
    }

    [Fact]
    public void A_removed_indicator_is_reported_archived_and_its_successor_links_to_its_history()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "resv");
        var file = Path.Combine(spec, "resv.kpi");
        var database = Path.Combine(folder.Path, "resv.sqlite");
        Assert.Equal(0, CliRunner.Run("build", spec, "-o", database).ExitCode);
        SchemaTestKit.Import(folder, database, "indicator,periode_begin,periode_eind,uitsplitsing,waarde\naantal_overleggen,2024-01-01,2024-12-31,Noord,8\n");

        // After recalibration the RESV drops the old count entirely; waardering_overleggen still says it replaces it.
        var text = File.ReadAllText(file);
        var block = Regex.Match(text, @"\n        indicator aantal_overleggen .*?\n        }\n", RegexOptions.Singleline).Value;
        File.WriteAllText(file, text.Replace(block, "\n", StringComparison.Ordinal));
        var (code, output, error) = CliRunner.Run("build", spec, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("Gearchiveerd: aantal_overleggen", output);
        Assert.Contains("1 meting blijft bewaard", output);

        var archived = SchemaTestKit.Query(database, "SELECT indicator, opvolger, aantal_metingen FROM gearchiveerde_indicator").Single();
        Assert.Equal(["aantal_overleggen", "waardering_overleggen", 1L], archived);
        var history = SchemaTestKit.Query(database, "SELECT voorganger, voorganger_actief, metingen_voorganger FROM vervangingsgeschiedenis").Single();
        Assert.Equal(["aantal_overleggen", 0L, 1L], history);
        // Importing for an archived indicator is refused: new numbers belong to its successor.
        var late = folder.Write("laat.csv", "indicator,periode_begin,periode_eind,waarde\naantal_overleggen,2025-01-01,2025-12-31,9\n");
        var (lateCode, _, lateError) = CliRunner.Run("import", late, "--db", database);
        Assert.Equal(1, lateCode);
        Assert.Contains("gearchiveerd", lateError);
    }
}

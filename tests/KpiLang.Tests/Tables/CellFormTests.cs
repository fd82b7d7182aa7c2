namespace KpiLang.Tests.Tables;

/// <summary>
/// Each form a cell of an indicator table takes, through <c>kpic convert</c>, and the exact line it becomes. What the
/// language cannot say stays verbatim in toelichting; nothing is invented (no comparison, term, kind or owner).
/// </summary>
public class CellFormTests
{
    private static ConvertRun Target(string cell, string periode = "") =>
        ConvertRun.Of($"indicator;streefwaarde;periode\nTevreden cliënten;\"{cell.Replace("\"", "\"\"")}\";{periode}\n");

    [Theory]
    [InlineData("64,3", "streefwaarde: 64,3")]
    [InlineData("2.900", "streefwaarde: 2.900")]
    [InlineData("85%", "streefwaarde: 85 %")]
    [InlineData("≥ 90%", "streefwaarde: minimaal 90 % // in de tabel: \"≥ 90%\"")]
    [InlineData(">= 90 %", "streefwaarde: minimaal 90 % // in de tabel: \">= 90 %\"")]
    [InlineData("minimaal 90%", "streefwaarde: minimaal 90 %")]
    [InlineData("ten minste 90%", "streefwaarde: minimaal 90 % // in de tabel: \"ten minste 90%\"")]
    [InlineData("< 2.500", "streefwaarde: < 2.500")]
    [InlineData("> 76%", "streefwaarde: > 76 %")]
    [InlineData("maximaal 10", "streefwaarde: maximaal 10")]
    [InlineData("≤ 10", "streefwaarde: maximaal 10 // in de tabel: \"≤ 10\"")]
    [InlineData("tussen 5 en 10", "streefwaarde: tussen 5 en 10")]
    [InlineData("5 - 10", "streefwaarde: tussen 5 en 10 // in de tabel: \"5 - 10\"")]
    [InlineData("65-70%", "streefwaarde: tussen 65 % en 70 % // in de tabel: \"65-70%\"")]
    [InlineData("toename", "streefwaarde: toename")]
    [InlineData("Afname", "streefwaarde: afname")]
    [InlineData("stabiel", "streefwaarde: stabiel")]
    [InlineData("Stijging", "streefwaarde: stijging")]
    [InlineData("daling", "streefwaarde: daling")]
    [InlineData("gemiddeld maximaal 28 dagen", "streefwaarde: gemiddeld maximaal 28 dagen")]
    [InlineData("steeds binnen 20 werkdagen", "streefwaarde: steeds binnen 20 werkdagen")]
    [InlineData("binnen 8 weken", "streefwaarde: binnen 8 weken")]
    [InlineData("€ 4.000", "streefwaarde: € 4.000")]
    [InlineData("hoger dan nulmeting", "streefwaarde: hoger dan nulmeting")]
    [InlineData("lager is dan 1%", "streefwaarde: lager dan 1 % // in de tabel: \"lager is dan 1%\"")]
    [InlineData("90% eind 2026", "streefwaarde: 90 % eind 2026")]
    [InlineData("minimaal 90% in Q3 2026", "streefwaarde: minimaal 90 % in Q3 2026")]
    [InlineData("80% (2025)", "streefwaarde: 80 % in 2025")]
    [InlineData("Beter dan de nulmeting", "streefwaarde: beter dan nulmeting // in de tabel: \"Beter dan de nulmeting\"")]
    [InlineData("beter dan vorig jaar", "streefwaarde: beter dan vorige periode // in de tabel: \"beter dan vorig jaar\"")]
    public void A_target_the_language_can_say_becomes_a_streefwaarde(string cell, string expected)
    {
        var run = Target(cell);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("toelichting:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("> 2023", "streefwaarde: hoger dan niveau van 2023 in 2025 // in de tabel: \"> 2023\"")]
    [InlineData("≥ 2023", "streefwaarde: minimaal niveau van 2023 in 2025 // in de tabel: \"≥ 2023\"")]
    [InlineData("beter dan 2024", "streefwaarde: beter dan niveau van 2024 in 2025 // in de tabel: \"beter dan 2024\"")]
    public void An_earlier_year_in_the_column_of_a_later_year_is_that_years_level(string cell, string expected)
    {
        var run = ConvertRun.Of($"indicator;streefwaarde 2025\nTevreden cliënten;\"{cell}\"\n");
        Assert.Contains(expected, run.Body);
    }

    [Fact]
    public void A_year_compared_in_the_column_of_an_earlier_year_is_not_guessed() =>
        Assert.DoesNotContain("niveau van", ConvertRun.Of("indicator;streefwaarde 2020\nTevreden cliënten;\"> 2023\"\n").Body);

    [Fact]
    public void A_target_read_in_other_words_keeps_the_cell_when_a_number_would_be_lost()
    {
        var run = Target("groter is dan in de 0-meting");
        Assert.Contains("streefwaarde: hoger dan nulmeting", run.Lines);
        Assert.Contains("toelichting: \"streefwaarde: groter is dan in de 0-meting\"", run.Lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("n.v.t.")]
    [InlineData("N.v.t.")]
    [InlineData("nnb")]
    [InlineData(".")]
    public void A_cell_that_says_there_is_no_value_is_no_target(string cell)
    {
        var run = Target(cell);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["indicator tevreden_clienten \"Tevreden cliënten\" {", "}"], run.Lines);
    }

    [Theory]
    [InlineData("zie toelichting")]
    [InlineData("Gelijk blijven of groter; bandbreedte 65-70%")]
    [InlineData("stabilisatie")]
    [InlineData("maximaal twee weken")]
    [InlineData("na 1 werkdag")]
    [InlineData("68% 80%")]
    [InlineData("7.5")]          // an English decimal point: the Dutch rule refuses it, so it is not guessed
    [InlineData("> 2022")]       // more than the number 2022, or more than in 2022? Not guessed either
    public void A_target_the_language_cannot_say_stays_verbatim_in_toelichting(string cell)
    {
        var run = Target(cell);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"toelichting: \"streefwaarde: {cell.Replace("\"", "\\\"")}\"", run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("streefwaarde:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025", "streefwaarde: 60 % in 2025")]
    [InlineData("in 2025", "streefwaarde: 60 % in 2025")]
    [InlineData("eind 2026", "streefwaarde: 60 % eind 2026")]
    [InlineData("medio 2026", "streefwaarde: 60 % medio 2026")]
    [InlineData("Q3 2026", "streefwaarde: 60 % in Q3 2026")]
    [InlineData("juli 2026", "streefwaarde: 60 % in juli 2026")]
    [InlineData("schooljaar 2025-2026", "streefwaarde: 60 % schooljaar 2025-2026")]
    [InlineData("uiterlijk 2026-12-31", "streefwaarde: 60 % uiterlijk 2026-12-31")]
    [InlineData("2023 t/m 2026", "streefwaarde: 60 % van 2023 tot 2026")]
    public void The_periode_column_gives_the_term(string periode, string expected)
    {
        var run = Target("60%", periode);
        Assert.Contains(expected, run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("toelichting:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_periode_that_is_no_term_stays_verbatim_and_no_term_is_invented()
    {
        var run = Target("minimaal 6,6", "peildatum 2016");
        Assert.Contains("streefwaarde: minimaal 6,6", run.Lines);
        Assert.Contains("toelichting: \"periode: peildatum 2016\"", run.Lines);
    }

    [Fact]
    public void A_year_in_the_target_heading_is_the_term_and_jaar_works_as_periode()
    {
        var run = ConvertRun.Of("Indicator;Jaar;Streefwaarde;Streefwaarde 2026\n% tevreden;2025;80%;85%\n");
        Assert.Contains("streefwaarde: 80 % in 2025", run.Lines);
        Assert.Contains("streefwaarde: 85 % in 2026", run.Lines);
    }

    [Theory]
    [InlineData("%", "soort: percentage")]
    [InlineData("In %", "soort: percentage")]
    [InlineData("aantal", "soort: aantal")]
    [InlineData("€", "soort: bedrag")]
    [InlineData("euro", "soort: bedrag")]
    [InlineData("per 1.000 inwoners", "soort: aantal per 1.000 inwoners // uit eenheid: \"per 1.000 inwoners\"")]
    [InlineData("aantal per 10.000 jongeren", "soort: aantal per 10.000 jongeren")]
    [InlineData("Kosten per inwoner", "soort: bedrag per inwoner // uit eenheid: \"Kosten per inwoner\"")]
    [InlineData("rapportcijfer", "soort: score 1..10 // uit eenheid: \"rapportcijfer\"; een rapportcijfer loopt van 1 tot 10")]
    [InlineData("cijfer (1-10)", "soort: score 1..10 // uit eenheid: \"cijfer (1-10)\"")]
    [InlineData("Tussen de 1 en 10", "soort: score 1..10 // uit eenheid: \"Tussen de 1 en 10\"")]
    public void An_eenheid_that_names_a_kind_becomes_soort(string eenheid, string expected)
    {
        var run = ConvertRun.Of($"indicator;eenheid\nTevredenheid;{eenheid}\n");
        Assert.Contains(expected, run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("toelichting:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dagen")]
    [InlineData("werkdagen")]
    [InlineData("weken")]
    public void A_duration_becomes_duur_with_its_eenheid(string unit)
    {
        var run = ConvertRun.Of($"indicator;soort\nDoorlooptijd aanvraag;{unit}\n");
        Assert.Equal(["indicator doorlooptijd_aanvraag \"Doorlooptijd aanvraag\" {", "soort: duur // uit soort: \"" + unit + "\"",
            $"eenheid: {unit}", "}"], run.Lines);
    }

    [Fact]
    public void A_caption_in_soort_is_no_kind_and_stays_verbatim()
    {
        var run = ConvertRun.Of("indicator;soort\nMantelzorgers kunnen hun taak aan.;Effectindicatoren\n");
        Assert.Equal(["indicator mantelzorgers_kunnen_taak \"Mantelzorgers kunnen hun taak aan.\" {",
            "toelichting: \"soort: Effectindicatoren\"", "}"], run.Lines);
    }

    [Theory]
    [InlineData("% behandeling binnen 2 werkdagen", "soort: percentage // afgeleid uit \"%\" aan het begin van de indicatortekst")]
    [InlineData("Percentage inwoners dat vrijwilligerswerk doet", "soort: percentage // afgeleid uit \"Percentage\" aan het begin van de indicatortekst")]
    [InlineData("Het percentage rokers", "soort: percentage // afgeleid uit \"percentage\" aan het begin van de indicatortekst")]
    [InlineData("Aandeel inwoners dat mantelzorg verleent", "soort: percentage // afgeleid uit \"Aandeel\" aan het begin van de indicatortekst")]
    [InlineData("Wmo: aantal cliënten", "soort: aantal // afgeleid uit \"aantal\" aan het begin van de indicatortekst")]
    [InlineData("BBV Cliënten met een maatwerkarrangement WMO (per 1.000 inwoners)", "soort: aantal per 1.000 inwoners // afgeleid uit \"(per 1.000 inwoners)\" in de indicatortekst")]
    [InlineData("Banen per 1.000 inwoners", "soort: aantal per 1.000 inwoners // afgeleid uit \"per 1.000 inwoners\" in de indicatortekst")]
    [InlineData("Waardering van de gemeente (score 1-10)", "soort: score 1..10 // afgeleid uit \"(score 1-10)\" in de indicatortekst")]
    [InlineData("Verzuimduur in weken", "soort: duur // afgeleid uit \"in weken\" in de indicatortekst")]
    public void The_indicator_text_may_state_the_kind_and_the_note_says_so(string indicator, string expected)
    {
        var run = ConvertRun.Of($"indicator\n{indicator}\n");
        Assert.Contains(expected, run.Lines);
    }

    [Theory]
    [InlineData("Tevreden cliënten", "90%", "soort: percentage // afgeleid uit \"90%\" in streefwaarde")]
    [InlineData("Kosten schuldhulp", "maximaal € 4.000", "soort: bedrag // afgeleid uit \"maximaal € 4.000\" in streefwaarde")]
    [InlineData("Wachttijd", "maximaal 6 weken", "soort: duur // afgeleid uit \"maximaal 6 weken\" in streefwaarde")]
    public void A_unit_in_the_target_may_state_the_kind(string indicator, string target, string expected)
    {
        var run = ConvertRun.Of($"indicator;streefwaarde\n{indicator};{target}\n");
        Assert.Contains(expected, run.Lines);
    }

    [Theory]
    [InlineData("Aantal meldingen", "5%", "// geen soort afgeleid: \"Aantal\" in de indicatortekst en \"5%\" in streefwaarde spreken elkaar tegen")]
    [InlineData("Percentage meldingen", "2.600", "// geen soort afgeleid: percentage past niet bij \"2.600\" in streefwaarde")]
    [InlineData("Het rapportcijfer is 7 en het percentage tevreden 80%", "", null)]
    [InlineData("Tevredenheid", "7", null)]
    public void Contradictions_or_silence_give_no_kind(string indicator, string target, string? note)
    {
        var run = ConvertRun.Of($"indicator;streefwaarde\n{indicator};{target}\n");
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("soort:", StringComparison.Ordinal));
        if (note is not null) Assert.Contains(note, run.Lines);
    }

    [Theory]
    [InlineData("62% (2023)", "nulmeting: 62 % in 2023")]
    [InlineData("62% in 2023", "nulmeting: 62 % in 2023")]
    [InlineData("1.200 (2016)", "nulmeting: 1.200 in 2016")]
    [InlineData("7,1 (2012)", "nulmeting: 7,1 in 2012")]
    [InlineData("62%", "nulmeting: 62 %")]
    [InlineData("Nulmeting in 2016", "nulmeting: in 2016")]
    [InlineData("6,8 op 2025-03-01", "nulmeting: 6,8 op 2025-03-01")]
    public void A_nulmeting_keeps_its_moment_and_none_is_invented(string cell, string expected)
    {
        var run = ConvertRun.Of($"indicator;nulmeting\nTevredenheid;{cell}\n");
        Assert.Contains(expected, run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.StartsWith("toelichting:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nulmeting_with_a_footnote_mark_is_read_and_also_kept_verbatim()
    {
        var run = ConvertRun.Of("indicator;nulmeting\nAandeel mantelzorgers;24% (2013)¹\n");
        Assert.Contains("nulmeting: 24 % in 2013", run.Lines);
        Assert.Contains("toelichting: \"nulmeting: 24% (2013)¹\"", run.Lines);
    }

    [Fact]
    public void Forecast_columns_become_raming_and_every_other_column_is_kept_verbatim()
    {
        var run = ConvertRun.Of("indicator;rekening 2023;begroting 2025;raming 2026;prognose 2027;2019\n"
            + "Uitstroom naar werk;412;450;9,5%;n.v.t.;380\nAantal uitkeringen;1.100;zie GR;;;\n");
        Assert.Equal("""
            indicator uitstroom_werk "Uitstroom naar werk" {
                raming: 450 in 2025
                raming: 9,5 % in 2026
                toelichting: "rekening 2023: 412 | 2019: 380"
            }

            indicator aantal_uitkeringen "Aantal uitkeringen" {
                soort: aantal // afgeleid uit "Aantal" aan het begin van de indicatortekst
                toelichting: "rekening 2023: 1.100 | begroting 2025: zie GR"
            }

            """, run.Body.Replace("// regel 2\n", "").Replace("// regel 3\n", ""));
    }

    [Fact]
    public void Owners_become_one_actor_each_and_rows_without_one_get_no_eigenaar()
    {
        var run = ConvertRun.Of("indicator;eigenaar\nA;Team Werk\nB;\nC;team werk\nD;Wethouder\n");
        Assert.Equal("""
            actor team_werk "Team Werk"

            actor wethouder "Wethouder"

            // regel 2
            indicator a "A" {
                eigenaar: team_werk
            }

            // regel 3
            indicator b "B" {
            }

            // regel 4
            indicator c "C" {
                eigenaar: team_werk
            }

            // regel 5
            indicator d "D" {
                eigenaar: wethouder
            }

            """, run.Body);
    }

    [Fact]
    public void Doel_groups_indicators_under_its_verbatim_title_where_it_first_appears()
    {
        var run = ConvertRun.Of("indicator;doel;code;definitie;bron\nA;2.1 Sociaal domein;1a;Het aantal;CBS\nB;;;;\nC;2.1 Sociaal domein;1b;;\n");
        Assert.Equal("""
            doel sociaal_domein "2.1 Sociaal domein" {
                // regel 2
                indicator a "A" {
                    code: "1a"
                    definitie: "Het aantal"
                    bron: "CBS"
                }

                // regel 4
                indicator c "C" {
                    code: "1b"
                }
            }

            // regel 3
            indicator b "B" {
            }

            """, run.Body);
    }

    [Fact]
    public void Titles_are_verbatim_with_escapes_and_long_ones_split_over_parts()
    {
        var long1 = "Op grond van de wet moet binnen 56 dagen op een aanvraag beslist worden. Wij streven naar een doorlooptijd van "
            + "gemiddeld maximaal 28 dagen. Wordt langer gedaan over de aanvraag dan verlenen wij een voorschot.";
        var run = ConvertRun.Of($"indicator\n\"Jeugd: 'Sterke Basis\"\" \\ (voorheen \"\"Zorglijn\"\")\"\n{long1}\n");
        Assert.Contains("indicator jeugd_sterke_basis_voorheen_zorglijn \"Jeugd: 'Sterke Basis\\\" \\\\ (voorheen \\\"Zorglijn\\\")\" {", run.Lines);
        var compiled = Infrastructure.TestCompiler.Compile(run.Kpi!);
        Assert.Equal(["Jeugd: 'Sterke Basis\" \\ (voorheen \"Zorglijn\")", long1], compiled.Indicators.Select(i => i.Title));
        Assert.True(run.Kpi!.Split('\n').All(l => l.Length <= 125), run.Kpi);
    }

    [Fact]
    public void Names_are_unique_start_with_a_letter_and_avoid_reserved_words()
    {
        var run = ConvertRun.Of("indicator\nMinimaal\n% uitval\n% uitval\n2019\nCliënten (per 1.000 inwoners)\n");
        Assert.Equal(["minimaal_indicator", "uitval", "uitval_2", "indicator_2019", "clienten_1000_inwoners"],
            run.Lines.Where(l => l.StartsWith("indicator ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]));
    }
}

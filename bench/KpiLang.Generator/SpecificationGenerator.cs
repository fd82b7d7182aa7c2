using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace KpiLang.Generator;

/// <summary>
/// Writes a realistic specification of about a chosen number of lines: a shared file with the organisation and
/// the board, and programme files that import it, each with its own actors, nested goals, efforts with a user
/// story, and indicators with a baseline, a target with a disclaimer and a review cycle. The same seed and size give
/// the same text, so benchmark runs are comparable. The output checks without errors.
/// </summary>
public static class SpecificationGenerator
{
    public const string SharedFile = "gedeeld/actoren.kpi";
    public const string ProgrammeFolder = "programmas";

    /// <summary>About 1,000 lines per programme file, the size of a large real specification file.</summary>
    public const int LinesPerFile = 1000;

    /// <param name="lines">The approximate total number of lines.</param>
    /// <param name="seed">Chooses the variations (indicator kinds, numbers, words).</param>
    /// <param name="files">The number of programme files; by default one per ~1,000 lines (at least one).</param>
    public static GeneratedWorkspace Generate(int lines, int seed = 1, int? files = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 100);
        var programmeCount = files ?? Math.Max(1, lines / LinesPerFile);
        var linesPerProgramme = Math.Max(60, (lines - SharedLines(programmeCount)) / programmeCount);
        var random = new Random(seed);
        var programmes = new List<GeneratedFile>();
        var topGoals = new List<string>();
        for (var p = 1; p <= programmeCount; p++)
        {
            var writer = new ProgrammeWriter(p, new Random(random.Next()));
            programmes.Add(new GeneratedFile($"{ProgrammeFolder}/p{p:D3}.kpi", writer.Write(linesPerProgramme)));
            topGoals.AddRange(writer.TopGoals);
        }
        return new GeneratedWorkspace([new GeneratedFile(SharedFile, WriteShared(topGoals, seed)), .. programmes]);
    }

    private static int SharedLines(int programmes) => 20 + programmes / 3;

    private static string WriteShared(IReadOnlyList<string> topGoals, int seed)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"// actoren.kpi — gegenereerd door KpiLang.Generator (seed {seed}); gedeeld door alle programma's.\n\n");
        s.Append("organisatie gemeente_voorbeeldstad \"Gemeente Voorbeeldstad\" {\n");
        s.Append("    missie: \"Inwoners van Voorbeeldstad kunnen meedoen en redden zich, zo nodig met steun\"\n");
        s.Append("    herijking: jaarlijks door gemeenteraad, volgende 2027-01-15\n}\n\n");
        s.Append("actor gemeenteraad \"Gemeenteraad\" {\n    soort: orgaan\n    niveau: strategisch\n");
        s.Append("    omschrijving: \"Stelt de programma's vast en bespreekt jaarlijks de resultaten.\"\n");
        s.Append("    beïnvloedt: ");
        for (var i = 0; i < topGoals.Count; i++)
        {
            if (i > 0) s.Append(i % 6 == 0 ? ",\n                " : ", ");
            s.Append(topGoals[i]);
        }
        s.Append("\n}\n");
        return s.ToString();
    }
}

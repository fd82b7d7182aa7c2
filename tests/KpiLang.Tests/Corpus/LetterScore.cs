using KpiLang.Diagnostics;

namespace KpiLang.Tests.Corpus;

/// <summary>Agreement of the checker with the labels for one letter: "fails" is the positive class.</summary>
internal sealed record LetterScore(SmartLetter Letter, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static LetterScore Of(SmartLetter letter, IEnumerable<Judgement> judgements)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var j in judgements)
        {
            var (labelled, found) = (j.Row.Fails[letter], j.Fails(letter));
            if (labelled && found) tp++;
            else if (found) fp++;
            else if (labelled) fn++;
            else tn++;
        }
        return new LetterScore(letter, tp, fp, fn, tn);
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

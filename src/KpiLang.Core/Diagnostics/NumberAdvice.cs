using KpiLang.Text;
using KpiLang.Texts;

namespace KpiLang.Diagnostics;

/// <summary>What to write instead of a number that <see cref="NumberReader"/> refused, in both languages.</summary>
public static class NumberAdvice
{
    private static readonly TextTable Texts = new(typeof(NumberAdvice));

    public static LocalizedText For(NumberReading reading, NumberNotation notation = NumberNotation.Dutch)
    {
        var dutch = notation == NumberNotation.Dutch;
        return reading.Problem switch
        {
            NumberProblem.WrongDecimalSign when dutch => Texts.Format("CommaIsDecimalSign", ("suggestion", reading.Suggestion)),
            NumberProblem.WrongDecimalSign => Texts.Format("PointIsDecimalSign", ("suggestion", reading.Suggestion)),
            NumberProblem.MixedSigns when reading.Suggestion is not null => Texts.Format("DecimalSignBeforeSeparator", ("suggestion", reading.Suggestion)),
            NumberProblem.MixedSigns => Texts.Text(dutch ? "OneDecimalComma" : "OneDecimalPoint"),
            NumberProblem.BadGrouping => Texts.Text(dutch ? "PointsGroupThousands" : "CommasGroupThousands"),
            _ => Texts.Text(dutch ? "WriteWithDecimalComma" : "WriteWithDecimalPoint"),
        };
    }
}

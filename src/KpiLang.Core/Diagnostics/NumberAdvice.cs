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
            NumberProblem.WrongDecimalSign when dutch => Texts.Format("CommaIsDecimalSign", ("readingSuggestion", reading.Suggestion)),
            NumberProblem.WrongDecimalSign => Texts.Format("PointIsDecimalSign", ("readingSuggestion", reading.Suggestion)),
            NumberProblem.MixedSigns when reading.Suggestion is not null => Texts.Format("DecimalSignBeforeSeparator", ("readingSuggestion", reading.Suggestion)),
            NumberProblem.MixedSigns => new(
                dutch ? "een getal heeft hoogstens één decimaalkomma" : "een getal heeft hoogstens één decimaalpunt",
                dutch ? "a number has at most one decimal comma" : "a number has at most one decimal point"),
            NumberProblem.BadGrouping => new(
                dutch ? "een punt scheidt duizendtallen in groepen van drie cijfers, zoals 1.000.000; of laat de punten weg"
                    : "een komma scheidt duizendtallen in groepen van drie cijfers, zoals 1,000,000; of laat de komma's weg",
                dutch ? "a point separates thousands in groups of three digits, as in 1.000.000; or leave the points out"
                    : "a comma separates thousands in groups of three digits, as in 1,000,000; or leave the commas out"),
            _ => new(
                dutch ? "schrijf cijfers met een komma als decimaalteken, zoals 64,3 of 2.900"
                    : "schrijf cijfers met een punt als decimaalteken, zoals 64.3 of 2,900",
                dutch ? "write digits with a comma as the decimal sign, as in 64,3 or 2.900"
                    : "write digits with a point as the decimal sign, as in 64.3 or 2,900"),
        };
    }
}

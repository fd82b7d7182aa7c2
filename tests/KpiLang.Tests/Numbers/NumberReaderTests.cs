using KpiLang.Text;

namespace KpiLang.Tests.Numbers;

public class NumberReaderTests
{
    [Theory]
    [InlineData("2.900", 2900)]
    [InlineData("64,3", 64.3)]
    [InlineData("4.000.000", 4000000)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.100", 1100)]
    [InlineData("0,75", 0.75)]
    [InlineData("2025", 2025)]
    [InlineData("12345", 12345)]
    [InlineData("2,900", 2.9)]
    public void Dutch_numbers_are_read_as_Dutch_people_write_them(string written, double expected) =>
        Assert.Equal((decimal)expected, NumberReader.Read(written, NumberNotation.Dutch).Value);

    [Theory]
    [InlineData("7.5", "7,5")]
    [InlineData("12.50", "12,50")]
    [InlineData("0.750", "0,750")]
    [InlineData("1234.567", "1234,567")]
    public void A_point_that_cannot_group_thousands_is_refused_with_the_Dutch_spelling(string written, string suggestion)
    {
        var reading = NumberReader.Read(written, NumberNotation.Dutch);
        Assert.Null(reading.Value);
        Assert.Equal(NumberProblem.WrongDecimalSign, reading.Problem);
        Assert.Equal(suggestion, reading.Suggestion);
    }

    [Fact]
    public void English_notation_in_a_Dutch_number_is_refused_with_the_signs_swapped()
    {
        var reading = NumberReader.Read("1,234.5", NumberNotation.Dutch);
        Assert.Equal(NumberProblem.MixedSigns, reading.Problem);
        Assert.Equal("1.234,5", reading.Suggestion);
    }

    [Theory]
    [InlineData("1.00.000", NumberProblem.BadGrouping)]
    [InlineData("1.234.5", NumberProblem.BadGrouping)]
    [InlineData("1,2,3", NumberProblem.MixedSigns)]
    [InlineData("12a", NumberProblem.NotANumber)]
    [InlineData("", NumberProblem.NotANumber)]
    [InlineData(",5", NumberProblem.NotANumber)]
    [InlineData("5,", NumberProblem.NotANumber)]
    [InlineData("1..000", NumberProblem.NotANumber)]
    public void Numbers_that_cannot_be_read_without_guessing_are_refused(string written, NumberProblem problem)
    {
        var reading = NumberReader.Read(written, NumberNotation.Dutch);
        Assert.Null(reading.Value);
        Assert.Equal(problem, reading.Problem);
    }

    [Theory]
    [InlineData("2,900", 2900)]
    [InlineData("64.3", 64.3)]
    [InlineData("1,234.5", 1234.5)]
    public void English_notation_is_read_only_when_asked_for(string written, double expected) =>
        Assert.Equal((decimal)expected, NumberReader.Read(written, NumberNotation.English).Value);

    [Fact]
    public void A_comma_that_cannot_group_thousands_in_English_suggests_a_point()
    {
        var reading = NumberReader.Read("7,5", NumberNotation.English);
        Assert.Equal(NumberProblem.WrongDecimalSign, reading.Problem);
        Assert.Equal("7.5", reading.Suggestion);
    }

    [Theory]
    [InlineData("-1.100", -1100)]
    [InlineData("+3,5", 3.5)]
    public void A_sign_is_read_where_allowed(string written, double expected) =>
        Assert.Equal((decimal)expected, NumberReader.Read(written, NumberNotation.Dutch, allowSign: true).Value);

    [Fact]
    public void A_sign_is_refused_where_not_allowed() =>
        Assert.Equal(NumberProblem.NotANumber, NumberReader.Read("-5", NumberNotation.Dutch).Problem);
}

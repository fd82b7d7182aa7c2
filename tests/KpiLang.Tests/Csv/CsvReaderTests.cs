using KpiLang.Csv;

namespace KpiLang.Tests.Csv;

/// <summary>
/// The one CSV reader of kpic (import and convert): quotes, line breaks in fields, line numbers, and where each field
/// starts and where a quote was left open, so messages can point at a line and column.
/// </summary>
public class CsvReaderTests
{
    private static List<(int Line, string[] Fields)> ReadAll(string text)
    {
        var reader = new CsvReader(text, CsvReader.DetectSeparator(text));
        var fields = new List<string>();
        var records = new List<(int, string[])>();
        while (reader.Next(fields)) records.Add((reader.Line, [.. fields]));
        return records;
    }

    [Fact]
    public void The_csv_reader_keeps_quotes_line_breaks_and_line_numbers()
    {
        var records = ReadAll("\uFEFFa;b;c\r\n\"x;1\";\"twee\r\nregels\";\"\"\"q\"\"\"\r\n\r\n  \nvoor\"na;\"\";z\"w\"\n\"laatste\";;");
        Assert.Equal(4, records.Count);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["x;1", "twee\r\nregels", "\"q\""], records[1].Fields);
        Assert.Equal(6, records[2].Line);
        Assert.Equal(["voor\"na", "", "z\"w\""], records[2].Fields);
        Assert.Equal(7, records[3].Line);
        Assert.Equal(["laatste", "", ""], records[3].Fields);
        Assert.Single(ReadAll("\"laatste\";;\n"));
        Assert.Equal(',', CsvReader.DetectSeparator("a,b\nc;d"));
        Assert.Empty(ReadAll(""));
        Assert.Empty(ReadAll("\n \r\n"));
        Assert.Equal(["a", "b", "c"], ReadAll("a,b,c")[0].Fields);
        Assert.Equal(["ab", "c"], ReadAll("a\rb,c")[0].Fields);
    }

    [Fact]
    public void Field_starts_are_lines_and_columns_as_an_editor_shows_them()
    {
        // A BOM is not a column; a quoted field over two lines moves the next field to the second line.
        const string text = "\uFEFFa;bb;c\r\n1;\"twee\nregels\";3;4\n\n;x";
        var reader = new CsvReader(text, ';');
        var fields = new List<string>();
        var starts = new List<CsvPosition>();
        Assert.True(reader.Next(fields, starts));
        Assert.Equal([new(1, 1), new(1, 3), new(1, 6)], starts);
        Assert.True(reader.Next(fields, starts));
        Assert.Equal(2, reader.Line);
        Assert.Equal([new(2, 1), new(2, 3), new(3, 9), new(3, 11)], starts);
        Assert.True(reader.Next(fields, starts));
        Assert.Equal(["", "x"], fields);
        Assert.Equal([new(5, 1), new(5, 2)], starts);
        Assert.False(reader.Next(fields, starts));
        Assert.Null(reader.UnclosedQuote);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_where_it_opened()
    {
        var reader = new CsvReader("a;b\n1;\"open\n2;3\n", ';');
        var fields = new List<string>();
        while (reader.Next(fields)) { }
        Assert.Equal(new CsvPosition(2, 3), reader.UnclosedQuote);

        var closed = new CsvReader("a;b\n1;\"dicht\"\n", ';');
        while (closed.Next(fields)) { }
        Assert.Null(closed.UnclosedQuote);
    }
}

namespace Deelwijs.Documents.Tests;

public sealed class LineBreakerTests
{
    // Every character is one point wide, bold ones two.
    private static double Measure(string text, bool bold) => text.Length * (bold ? 2 : 1);

    private static List<string> Lines(IReadOnlyList<TextRun> runs, double width) =>
        LineBreaker.Break(runs, width, Measure).Select(l => string.Concat(l.Select(p => p.Text))).ToList();

    [Fact]
    public void Break_WrapsBetweenWordsWithinTheWidth()
    {
        Assert.Equal(["een twee", "drie vier", "vijf"], Lines(TextRun.Plain("een twee drie vier vijf"), 9));
    }

    [Fact]
    public void Break_WordLongerThanTheLine_IsCut()
    {
        Assert.Equal(["zie", "https://", "voorbeel", "d.nl/a"], Lines(TextRun.Plain("zie https://voorbeeld.nl/a"), 8));
    }

    [Fact]
    public void Break_NewlineInAValue_StartsANewLine()
    {
        Assert.Equal(["Aan:", "Schoolstraat 1", "Noorddorp"], Lines(TextRun.Plain("Aan:\nSchoolstraat 1\nNoorddorp"), 40));
    }

    [Fact]
    public void Break_BoldAndPlainPieces_SitSideBySide()
    {
        var line = Assert.Single(LineBreaker.Break([new TextRun("Datum:", true), new TextRun(" 3 mei")], 40, Measure));

        Assert.Equal([("Datum:", true, 0.0), (" 3 mei", false, 12.0)], line.Select(p => (p.Text, p.Bold, p.X)));
    }
}

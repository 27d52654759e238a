using Deelwijs.Core.Checks;
using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Tests.Checks;

public sealed class MarkedTextTests
{
    private static Finding Span(int start, int length) => new("k", FindingAction.Change, [], start, length, null, "m", "s");

    [Fact]
    public void Split_MarksEachFindingAndKeepsTheRestAsItIs()
    {
        const string text = "Bel 0612345678 of mail a@b.nl nu";
        var pieces = MarkedText.Split(text, [Span(4, 10), Span(23, 6)]);

        Assert.Equal(text, string.Concat(pieces.Select(p => p.Text)));
        Assert.Equal(["Bel ", "0612345678", " of mail ", "a@b.nl", " nu"], pieces.Select(p => p.Text));
        Assert.Equal([1], pieces[1].Findings);
        Assert.Equal([2], pieces[3].Findings);
    }

    [Fact]
    public void Split_OverlappingFindings_BecomeOneMarkNamingBoth()
    {
        var pieces = MarkedText.Split("abcdefgh", [Span(1, 4), Span(3, 4), new Finding("post", FindingAction.Change, [], null, null, null, "m", "s")]);

        Assert.Equal(["a", "bcdefg", "h"], pieces.Select(p => p.Text));
        Assert.Equal([1, 2], pieces[1].Findings);
    }

    [Fact]
    public void Split_WithoutSpans_IsTheWholeTextUnmarked()
    {
        var piece = Assert.Single(MarkedText.Split("hallo", []));

        Assert.False(piece.IsMarked);
    }
}

namespace Deelwijs.Documents;

/// <summary>A stretch of text in one weight; a newline in it breaks the line.</summary>
internal sealed record TextRun(string Text, bool Bold = false)
{
    public static IReadOnlyList<TextRun> Plain(string text) => [new(text)];

    public static IReadOnlyList<TextRun> Strong(string text) => [new(text, true)];
}

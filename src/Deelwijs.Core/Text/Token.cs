namespace Deelwijs.Core.Text;

/// <summary>A word in the checked text: its UTF-16 span and what kind of characters it holds.</summary>
public readonly record struct Token(int Start, int Length, TokenShape Shape)
{
    public int End => Start + Length;
}

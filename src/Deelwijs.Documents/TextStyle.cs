using PdfSharp.Drawing;

namespace Deelwijs.Documents;

/// <summary>Size, colour and line spacing of a piece of text.</summary>
internal sealed record TextStyle(double Size, XColor Color, double Leading = 1.4)
{
    public double LineHeight => Size * Leading;

    public static XColor Ink { get; } = XColor.FromArgb(0x1F, 0x1F, 0x1F);

    public static XColor Muted { get; } = XColor.FromArgb(0x5C, 0x5C, 0x5C);
}

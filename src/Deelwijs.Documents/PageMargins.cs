namespace Deelwijs.Documents;

/// <summary>Margins of an A4 page in points (1/72 inch).</summary>
internal sealed record PageMargins(double Left, double Top, double Right, double Bottom)
{
    // 25 mm at the sides fits a window envelope and a hole punch; the bottom leaves room for the page number.
    public static PageMargins Letter { get; } = new(71, 57, 71, 64);
}

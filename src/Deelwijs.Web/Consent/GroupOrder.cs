using System.Globalization;

namespace Deelwijs.Web.Consent;

/// <summary>Orders class names as schools write them: by their leading number ("2B" before "10A"), then by the rest.</summary>
public sealed class GroupOrder : IComparer<string>
{
    public static GroupOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var byNumber = Number(x).CompareTo(Number(y));
        return byNumber != 0 ? byNumber : string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
    }

    private static int Number(string? group)
    {
        var digits = group is null ? 0 : group.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && int.TryParse(group!.AsSpan(0, Math.Min(digits, 6)), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : int.MaxValue;
    }
}

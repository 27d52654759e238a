using System.Globalization;

namespace Deelwijs.Core.Consent;

/// <summary>A Dutch school year, 1 August to 31 July, written "2026-2027"; consent is renewed every school year.</summary>
public readonly record struct SchoolYear(int StartYear) : IComparable<SchoolYear>
{
    public DateOnly FirstDay => new(StartYear, 8, 1);

    public DateOnly LastDay => new(StartYear + 1, 7, 31);

    public SchoolYear Next => new(StartYear + 1);

    public static SchoolYear Of(DateOnly day) => new(day.Month >= 8 ? day.Year : day.Year - 1);

    /// <summary>Reads "2026-2027", "2026/2027" or "2026/27".</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        var parts = (text ?? string.Empty).Trim().Split('-', '/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start is < 2000 or > 2100)
        {
            return false;
        }

        var fullEnd = parts[1].Length == 2 ? (start / 100 * 100) + end : end;
        if (fullEnd != start + 1)
        {
            return false;
        }

        year = new SchoolYear(start);
        return true;
    }

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{StartYear + 1}");
}

using System.Globalization;
using Deelwijs.Web.Approvals;

namespace Deelwijs.Web.Incidents;

/// <summary>Moments and days as a Dutch school reads them (the clock in the Netherlands).</summary>
public static class DutchTime
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Netherlands = FindNetherlands();

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Netherlands).DateTime);

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Netherlands);

    /// <summary>"12 maart 2026 om 14:05".</summary>
    public static string Time(DateTimeOffset at) => ApprovalLabels.Time(at);

    /// <summary>"12 maart 2026".</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Dutch);

    private static TimeZoneInfo FindNetherlands()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

using Deelwijs.Core.Consent;

namespace Deelwijs.Web.Consent;

/// <summary>Today as a Dutch school counts it (the date in the Netherlands), which decides ages and the school year.</summary>
public static class SchoolDay
{
    private static readonly TimeZoneInfo Netherlands = FindNetherlands();

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Netherlands).DateTime);
    }

    public static SchoolYear Year(TimeProvider time) => SchoolYear.Of(Today(time));

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

using System.Globalization;

namespace Deelwijs.Documents;

/// <summary>Dates as a Dutch letter writes them ("donderdag 3 december 2026").</summary>
public static class DutchDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"3 december 2026".</summary>
    public static string Short(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"donderdag 3 december 2026".</summary>
    public static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"donderdag 3 december 2026 om 15.30 uur", for an appointment.</summary>
    public static string Appointment(DateTime start) =>
        $"{Long(DateOnly.FromDateTime(start))} om {start.ToString("H.mm", Dutch)} uur";

    /// <summary>"3 december 2026 om 14.05 uur", as the clock of the given offset reads.</summary>
    public static string Moment(DateTimeOffset moment) =>
        $"{Short(DateOnly.FromDateTime(moment.DateTime))} om {moment.ToString("H.mm", Dutch)} uur";
}

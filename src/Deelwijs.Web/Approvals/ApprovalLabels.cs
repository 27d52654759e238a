using System.Globalization;
using Deelwijs.Data;

namespace Deelwijs.Web.Approvals;

/// <summary>The Dutch words for statuses and steps of approval requests, and times as people at school read them.</summary>
public static class ApprovalLabels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Netherlands = FindNetherlands();

    public static string Status(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Open => "Wacht op antwoord",
        ApprovalStatus.Approved => "Goedgekeurd",
        ApprovalStatus.Declined => "Afgewezen",
        _ => "Aanpassing gevraagd",
    };

    public static string Step(ApprovalStepKind kind) => kind switch
    {
        ApprovalStepKind.Asked => "Toestemming gevraagd",
        ApprovalStepKind.Approved => "Goedgekeurd",
        ApprovalStepKind.Declined => "Afgewezen",
        ApprovalStepKind.ChangesRequested => "Om aanpassing gevraagd",
        ApprovalStepKind.Commented => "Opmerking",
        _ => "Bericht gewist na de bewaartermijn",
    };

    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Netherlands).ToString("d MMMM yyyy 'om' HH:mm", Dutch);

    public static string Date(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Netherlands).ToString("d MMMM yyyy", Dutch);

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

using System.Globalization;
using Deelwijs.Core.Consent;

namespace Deelwijs.Web.Consent;

/// <summary>The Dutch words for consent answers, who gave them and how, and dates as parents read them.</summary>
public static class ConsentLabels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Answer(ConsentAnswer answer) => answer switch
    {
        ConsentAnswer.Given => "ja",
        ConsentAnswer.Refused => "nee",
        _ => "nog geen antwoord",
    };

    public static string Giver(ConsentGiver giver) => giver switch
    {
        ConsentGiver.Parent => "ouder of verzorger",
        ConsentGiver.Pupil => "leerling zelf",
        _ => "zelf",
    };

    public static string Method(ConsentMethod method) => method switch
    {
        ConsentMethod.Form => "papieren formulier",
        ConsentMethod.Portal => "via Deelwijs",
        _ => "ingelezen bestand",
    };

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Dutch);

    public static string Count(int count, string one, string many) =>
        string.Create(Dutch, $"{count} {(count == 1 ? one : many)}");
}

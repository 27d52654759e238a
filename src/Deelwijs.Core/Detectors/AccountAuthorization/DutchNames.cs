using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Detectors.AccountAuthorization;

/// <summary>How a teacher names accounts and roles in Dutch, for the messages of this detector.</summary>
internal static class DutchNames
{
    public static string Account(Channel channel) => channel switch
    {
        Channel.SchoolAccount => "het officiële account van de school",
        Channel.BoardAccount => "het account van het bestuur",
        Channel.SchoolApp => "de schoolapp",
        Channel.Website => "de website van de school",
        Channel.FunctionalAccount => "een functioneel account",
        _ => "je eigen account",
    };

    /// <summary>One person with a role ("leerling", "directeur").</summary>
    public static string Person(Role role) => role switch
    {
        Role.Staff => "medewerker",
        Role.Manager => "leidinggevende",
        Role.Director => "directeur",
        Role.Board => "bestuurder",
        Role.Office => "stafmedewerker",
        Role.Communications => "communicatiemedewerker",
        Role.PrivacyOfficer => "functionaris gegevensbescherming",
        Role.Confidant => "vertrouwenspersoon",
        Role.Ict => "ICT-medewerker",
        Role.Pupil => "leerling",
        _ => "ouder",
    };

    /// <summary>"a, b en c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}";
}

using System.Globalization;

namespace Deelwijs.Core.Protocols;

/// <summary>The Dutch words users read about a protocol: who a rule is for, its workflow, its dates.</summary>
public static class ProtocolDutch
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The people with a role, as a group ("de directie", "stafmedewerkers").</summary>
    public static string Group(string roleCode) => roleCode switch
    {
        "staff" => "medewerkers",
        "manager" => "leidinggevenden",
        "director" => "de directie",
        "board" => "het bestuur",
        "office" => "stafmedewerkers",
        "communications" => "communicatiemedewerkers",
        "privacy-officer" => "de functionaris gegevensbescherming",
        "confidant" => "de vertrouwenspersoon",
        "ict" => "ICT-medewerkers",
        "pupil" => "leerlingen",
        "parent" => "ouders",
        _ => roleCode,
    };

    /// <summary>What a workflow rule's process is ("toestemming voor beeldmateriaal").</summary>
    public static string Workflow(string? workflow) => workflow switch
    {
        "consent" => "toestemming voor beeldmateriaal",
        "approval" => "toestemming vragen aan je leidinggevende of de directie",
        "incident" => "een incident melden en afhandelen",
        "sanction" => "maatregelen volgens het protocol",
        "monitoring" => "monitoring met toestemming van de functionaris gegevensbescherming",
        "communication" => "het protocol bekendmaken",
        "accounts" => "beheer van de officiële accounts",
        _ => workflow ?? "een werkwijze van de school",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "niet bekend";
}

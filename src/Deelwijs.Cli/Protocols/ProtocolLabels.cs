using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>Dutch words for how an article is enforced and for whom it is.</summary>
internal static class ProtocolLabels
{
    public static string Code(Enforcement enforcement) => enforcement switch
    {
        Enforcement.Check => "check",
        Enforcement.Workflow => "workflow",
        _ => "guidance",
    };

    public static string Describe(ProtocolRule rule) => rule.Enforcement switch
    {
        Enforcement.Check => $"controle bij het plaatsen ({string.Join(", ", rule.Checks.Keys)})",
        Enforcement.Workflow => $"werkwijze in Deelwijs: {Workflow(rule.Workflow)}",
        _ => rule.Reminder is null ? "richtlijn" : "richtlijn, als herinnering getoond",
    };

    public static string Audience(IEnumerable<string> audience) => string.Join(", ", audience.Select(a => a switch
    {
        "staff" => "medewerkers",
        "manager" => "leidinggevenden",
        "director" => "directie",
        "board" => "bestuur",
        "office" => "stafbureau",
        "communications" => "communicatie",
        "privacy-officer" => "FG",
        "confidant" => "vertrouwenspersoon",
        "ict" => "ICT",
        "pupil" => "leerlingen",
        "parent" => "ouders",
        _ => a,
    }));

    public static string Date(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? "onbekend";

    private static string Workflow(string? workflow) => workflow switch
    {
        "consent" => "toestemming beeldmateriaal",
        "approval" => "toestemming vragen",
        "incident" => "melden van een incident",
        "sanction" => "sancties",
        "monitoring" => "monitoring",
        "communication" => "communicatie over het protocol",
        "accounts" => "officiële accounts",
        _ => workflow ?? "",
    };
}

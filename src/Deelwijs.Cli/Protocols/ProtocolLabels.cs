using Deelwijs.Core.Checks;
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
        Enforcement.Check => $"controle bij het plaatsen ({string.Join(", ", rule.Checks.Keys.Select(DutchLabels.Kind))})",
        Enforcement.Workflow => $"werkwijze in Deelwijs: {ProtocolDutch.Workflow(rule.Workflow)}",
        _ => rule.Reminder is null ? "richtlijn" : "richtlijn, als herinnering getoond",
    };

    public static string Audience(IEnumerable<string> audience) => string.Join(", ", audience.Select(ProtocolDutch.Group));

    public static string Date(DateOnly? date) => ProtocolDutch.Date(date);
}

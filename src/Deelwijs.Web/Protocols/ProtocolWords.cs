using System.Globalization;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Web.Protocols;

/// <summary>Plain Dutch for how Deelwijs puts an article into practice, and for the protocol's dates.</summary>
public static class ProtocolWords
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Short name of the enforcement: controle, werkwijze or richtlijn.</summary>
    public static string EnforcementName(Enforcement enforcement) => enforcement switch
    {
        Enforcement.Check => "Controle",
        Enforcement.Workflow => "Werkwijze",
        _ => "Richtlijn",
    };

    /// <summary>One or two sentences on what Deelwijs does with the article.</summary>
    public static string HowEnforced(ProtocolRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Enforcement switch
        {
            Enforcement.Check =>
                $"Deelwijs controleert dit in een bericht voordat het online gaat: {string.Join(", ", rule.Checks.Select(c => $"{DutchLabels.Kind(c.Key).ToLower(Dutch)} ({DutchLabels.Action(c.Value)})"))}.",
            Enforcement.Workflow => $"Deelwijs regelt dit met een vaste werkwijze: {ProtocolDutch.Workflow(rule.Workflow)}.",
            _ when rule.Reminder is not null => "Dit kan een computer niet nakijken. Deelwijs herinnert je eraan als het van toepassing is.",
            _ => "Dit kan een computer niet nakijken. Het is een afspraak om te onthouden.",
        };
    }

    public static string Date(DateOnly? date) => ProtocolDutch.Date(date);
}

using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>Decides who hears of a report first, from the protocol's <c>reporting</c> section.</summary>
public static class ReportRouter
{
    public static ReportRouting Route(Protocol protocol, IncidentCategory category, bool confidantOnly = false, Role? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return Route(protocol.Reporting, category, confidantOnly, chosen);
    }

    /// <summary>
    /// The confidant when the reporter asks for that, else the recipient the reporter chose (if the protocol allows it),
    /// else the route for the category, else the protocol's first recipient.
    /// </summary>
    /// <exception cref="ReportRoutingException">The protocol does not offer what the reporter asked for.</exception>
    public static ReportRouting Route(ReportingRules rules, IncidentCategory category, bool confidantOnly = false, Role? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (confidantOnly)
        {
            if (!rules.ConfidantOnlyAllowed)
            {
                throw new ReportRoutingException(
                    $"Bij deze school kan een melding niet alleen naar de vertrouwenspersoon. Ze gaat naar {Dutch(rules.To)}; wil je dat niet, praat dan eerst met de vertrouwenspersoon.");
            }

            return new ReportRouting(Role.Confidant, true, "Je melding gaat alleen naar de vertrouwenspersoon; niemand anders op school kan de melding zien.", rules.Rules);
        }

        if (chosen is { } wanted)
        {
            if (wanted != rules.To && !rules.AlsoAllowed.Contains(wanted))
            {
                var allowed = rules.AlsoAllowed.Prepend(rules.To).Select(Dutch);
                throw new ReportRoutingException($"Een melding kan bij deze school niet rechtstreeks naar {Dutch(wanted)}; kies {string.Join(" of ", allowed)}.");
            }

            return new ReportRouting(wanted, false, $"Je melding gaat naar {Dutch(wanted)}, zoals je koos.", rules.Rules);
        }

        var to = rules.Routes.FirstOrDefault(r => r.Categories.Contains(category))?.To ?? rules.To;
        return new ReportRouting(to, false, $"Je melding over {category.Label()} gaat naar {Dutch(to)}.", rules.Rules);
    }

    /// <summary>The recipient as a reporter reads it ("de teamleider").</summary>
    public static string Dutch(Role recipient) => recipient switch
    {
        Role.Manager => "de teamleider of leidinggevende",
        Role.Director => "de directie",
        Role.Confidant => "de vertrouwenspersoon",
        Role.Board => "het bestuur",
        _ => ProtocolDutch.Group(recipient.Code()),
    };
}

using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Web.Approvals;

/// <summary>Who can be asked for permission, in plain Dutch, and who to ask by default for a check result.</summary>
public static class ApproverRoles
{
    public static readonly IReadOnlyList<Role> All = [Role.Manager, Role.Director, Role.Communications];

    public static bool IsApprover(Role role) => role is Role.Manager or Role.Director or Role.Communications;

    public static string Label(Role role) => role switch
    {
        Role.Director => "De directie",
        Role.Communications => "Communicatie",
        _ => "Je leidinggevende (teamleider)",
    };

    public static string Hint(Role role) => role switch
    {
        Role.Director => "Voor foto's en video's en voor toestemming die de directie moet geven.",
        Role.Communications => "Voor berichten op de officiële accounts van de school.",
        _ => "Bij twijfel over een bericht, een discussie of contact met leerlingen en ouders.",
    };

    /// <summary>
    /// The article of the finding that asks for approval names who decides ("vraag het aan je leidinggevende");
    /// when it names no one, the kind decides: media to the director, accounts to communications, the rest to the manager.
    /// </summary>
    public static Role DefaultFor(CheckResult result, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(protocol);
        var findings = result.Findings.Where(f => f.Action == FindingAction.Approval).ToList();
        if (findings.Count == 0)
        {
            findings = [.. result.Findings];
        }

        var rules = protocol.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var id in finding.Rules)
            {
                if (rules.TryGetValue(id, out var rule) && NamedIn(rule.Summary) is { } named)
                {
                    return named;
                }
            }
        }

        foreach (var finding in findings)
        {
            if (finding.Kind.StartsWith("media.", StringComparison.Ordinal))
            {
                return Role.Director;
            }

            if (finding.Kind.StartsWith("account.", StringComparison.Ordinal) || finding.Kind.StartsWith("logo.", StringComparison.Ordinal))
            {
                return Role.Communications;
            }
        }

        return Role.Manager;
    }

    private static Role? NamedIn(string summary) =>
        summary.Contains("directeur", StringComparison.OrdinalIgnoreCase) || summary.Contains("directie", StringComparison.OrdinalIgnoreCase) ? Role.Director
        : summary.Contains("communicatie", StringComparison.OrdinalIgnoreCase) ? Role.Communications
        : summary.Contains("leidinggevende", StringComparison.OrdinalIgnoreCase) || summary.Contains("teamleider", StringComparison.OrdinalIgnoreCase) ? Role.Manager
        : null;
}

namespace Deelwijs.Core.Incidents;

/// <summary>The API codes and Dutch labels of the incident categories.</summary>
public static class IncidentCategories
{
    // Listed in enum order, so a value is its own index.
    private static readonly (IncidentCategory Value, string Code, string Label)[] Table =
    [
        (IncidentCategory.Cyberbullying, "cyberbullying", "cyberpesten"),
        (IncidentCategory.Sexting, "sexting", "sexting"),
        (IncidentCategory.Threat, "threat", "bedreiging"),
        (IncidentCategory.Stalking, "stalking", "stalking"),
        (IncidentCategory.HackedAccount, "hacked-account", "hacken van een account"),
        (IncidentCategory.Radicalisation, "radicalisation", "radicalisering"),
        (IncidentCategory.Memes, "memes", "verspreiden van memes/beelden"),
        (IncidentCategory.DerailingDiscussion, "derailing-discussion", "ontsporende online discussie"),
        (IncidentCategory.Reputation, "reputation", "imagoschade"),
        (IncidentCategory.StaffBreach, "staff-breach", "overtreding van het protocol door een medewerker"),
        (IncidentCategory.Other, "other", "anders"),
    ];

    public static IReadOnlyList<IncidentCategory> All { get; } = Table.Select(c => c.Value).ToArray();

    public static IEnumerable<string> Codes => Table.Select(c => c.Code);

    public static string Code(this IncidentCategory category) => Table[(int)category].Code;

    /// <summary>The Dutch name a reporter or handler reads ("cyberpesten").</summary>
    public static string Label(this IncidentCategory category) => Table[(int)category].Label;

    /// <summary>Parses an API or protocol-file code (exact, lower case).</summary>
    public static bool TryParse(string? code, out IncidentCategory category)
    {
        foreach (var (value, candidate, _) in Table)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                category = value;
                return true;
            }
        }

        category = default;
        return false;
    }
}

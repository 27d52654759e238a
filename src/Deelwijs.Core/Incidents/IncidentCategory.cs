namespace Deelwijs.Core.Incidents;

/// <summary>What a report is about; the categories come from the seed protocols (<see cref="IncidentCategories"/> has codes and Dutch labels).</summary>
public enum IncidentCategory
{
    Cyberbullying,
    Sexting,
    Threat,
    Stalking,
    HackedAccount,
    Radicalisation,
    Memes,
    DerailingDiscussion,
    Reputation,
    StaffBreach,
    Other,
}

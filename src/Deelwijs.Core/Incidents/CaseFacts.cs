namespace Deelwijs.Core.Incidents;

/// <summary>What the school has established about a case that makes reports to others mandatory.</summary>
/// <param name="Grensoverschrijdend">The school (or board) has qualified a staff member's communication as 'grensoverschrijdend'.</param>
/// <param name="PossiblyCriminal">The conduct may be a criminal offence.</param>
/// <param name="SuspensionDays">School days the pupil is suspended; 0 when not suspended.</param>
public sealed record CaseFacts(bool Grensoverschrijdend = false, bool PossiblyCriminal = false, int SuspensionDays = 0)
{
    public static CaseFacts None { get; } = new();
}

namespace Deelwijs.Core.Protocols;

/// <summary>The steps a school takes when a pupil (or parent) or a staff member breaks the protocol, from light to heavy.</summary>
/// <param name="Rules">Rule ids about the ladder as a whole (plichtsverzuim, the dossier).</param>
public sealed record SanctionLadder(LadderAudience Audience, IReadOnlyList<LadderStep> Steps, IReadOnlyList<string> Rules)
{
    public LadderStep? Find(string stepId) => Steps.FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.Ordinal));
}

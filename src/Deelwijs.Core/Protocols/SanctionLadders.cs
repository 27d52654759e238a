namespace Deelwijs.Core.Protocols;

/// <summary>A protocol's two sanction ladders (pupils and parents, staff) and the labour agreement its staff fall under.</summary>
public sealed record SanctionLadders(SanctionLadder Pupils, SanctionLadder Staff, LabourAgreement? LabourAgreement)
{
    /// <summary>What a protocol without <c>ladders</c> gets: only the reports the law requires of every school.</summary>
    public static SanctionLadders Statutory { get; } = new(
        new SanctionLadder(LadderAudience.Pupils, [Legal("melding-inspectie", "inspectie-notice"), Legal("politie", "police-decision")], []),
        new SanctionLadder(LadderAudience.Staff, [Legal("politie", "police-decision")], []),
        null);

    public SanctionLadder For(LadderAudience audience) => audience == LadderAudience.Pupils ? Pupils : Staff;

    private static LadderStep Legal(string id, string typeCode)
    {
        var type = StepTypes.Get(typeCode);
        return new LadderStep(id, type.Label, type, type.Trigger!.Value, Mandatory: true, [], []);
    }
}

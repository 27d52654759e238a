using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Protocols;

/// <summary>A school organisation's social-media protocol: who it is for, when adopted, and its rules.</summary>
public sealed record Protocol(
    string Id,
    string Name,
    string Organisation,
    string Version,
    ProtocolDates Dates,
    IReadOnlyList<SchoolNames> Schools,
    IReadOnlyDictionary<Channel, IReadOnlyList<string>> Accounts,
    IReadOnlyList<ProtocolRule> Rules)
{
    /// <summary>Every name and alias by which a post can mention the organisation or one of its schools.</summary>
    public IEnumerable<string> AllSchoolNames => Schools.SelectMany(s => s.Aliases.Prepend(s.Name));

    /// <summary>The sanction ladders for pupils and parents and for staff (<c>ladders</c> in the file).</summary>
    public SanctionLadders Ladders { get; init; } = SanctionLadders.Statutory;

    /// <summary>Who hears of an incident report first (<c>reporting</c> in the file).</summary>
    public ReportingRules Reporting { get; init; } = ReportingRules.Default;
}

using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Protocols;

/// <summary>Who hears of an incident report first under a protocol, and whether a reporter may address the confidant only.</summary>
/// <param name="To">Who receives a report by default (manager, director, confidant or board).</param>
/// <param name="AlsoAllowed">Others a reporter may choose to report to instead.</param>
/// <param name="ConfidantOnlyAllowed">A reporter may ask that only the vertrouwenspersoon sees the report.</param>
/// <param name="Routes">Categories that go to someone else than <paramref name="To"/>.</param>
/// <param name="Rules">The full rule ids the routing comes from.</param>
public sealed record ReportingRules(
    Role To,
    IReadOnlyList<Role> AlsoAllowed,
    bool ConfidantOnlyAllowed,
    IReadOnlyList<ReportRoute> Routes,
    IReadOnlyList<string> Rules)
{
    /// <summary>What a protocol without <c>reporting</c> gets: the teamleider, with the confidant-only option.</summary>
    public static ReportingRules Default { get; } = new(Role.Manager, [], true, [], []);

    /// <summary>The roles a report may be addressed to in a protocol file.</summary>
    public static IReadOnlyList<Role> Recipients { get; } = [Role.Manager, Role.Director, Role.Confidant, Role.Board];
}

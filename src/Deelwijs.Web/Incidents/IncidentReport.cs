using Deelwijs.Core.Incidents;

namespace Deelwijs.Web.Incidents;

/// <summary>What a reporter sends: what happened, where, who is involved (chosen from the roster, named, or described), evidence, and whether only the confidant may see it.</summary>
/// <param name="PersonIds">People chosen from the school's roster.</param>
/// <param name="Names">People named as the roster writes them (the API); a name the roster does not know is kept as a description.</param>
/// <param name="Described">People described in the reporter's own words.</param>
public sealed record IncidentReport(
    IncidentCategory Category,
    string? Description,
    string? Platform,
    string? Link,
    IReadOnlyList<int> PersonIds,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Described,
    bool ConfidantOnly,
    IReadOnlyList<EvidenceFile> Evidence);

/// <summary>What the reporter gets back: the case's id and receipt number, who received it and a sentence that says so.</summary>
public sealed record ReportReceipt(int Id, string Number, Core.Checks.Role RoutedTo, string Explanation, DateTimeOffset CreatedAt);

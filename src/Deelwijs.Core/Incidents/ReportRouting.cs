using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Incidents;

/// <summary>Who receives a new report, whether only the confidant may see it, and a Dutch sentence for the reporter's receipt.</summary>
/// <param name="Rules">The full rule ids the routing rests on.</param>
public sealed record ReportRouting(Role To, bool ConfidantOnly, string Explanation, IReadOnlyList<string> Rules);

using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;

namespace Deelwijs.Core.Protocols;

/// <summary>Reports of these categories go to <paramref name="To"/> instead of the default recipient.</summary>
public sealed record ReportRoute(IReadOnlyList<IncidentCategory> Categories, Role To);

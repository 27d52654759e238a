using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>A ladder step that has been taken in a case, with its latest record.</summary>
public sealed record TakenStep(LadderStep Step, RecordedStep Record);

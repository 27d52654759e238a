namespace Deelwijs.Core.Incidents;

/// <summary>A ladder step the school has taken in a case: which step, on what day, and what came of it.</summary>
/// <param name="StepId">The id of the step in the protocol's ladder.</param>
/// <param name="Outcome">What came of it (a summary, a decision); some steps only count once it is written down.</param>
public sealed record RecordedStep(string StepId, DateOnly Date, string? Outcome = null);

namespace Deelwijs.Web.Incidents;

/// <summary>A step a handler records: which ladder step, on what day, who was there, and what came of it.</summary>
public sealed record StepInput(string? StepId, DateOnly? Date, string? Present, string? Outcome);

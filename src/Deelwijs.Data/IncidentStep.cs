namespace Deelwijs.Data;

/// <summary>A ladder step the school took in a case: which step of the protocol's ladder, when, who was there, and what came of it.</summary>
public sealed class IncidentStep
{
    public const int StepIdLength = 100;
    public const int PresentLength = 1000;
    public const int OutcomeLength = 4000;

    public int Id { get; set; }

    public int IncidentId { get; set; }

    public Incident? Incident { get; set; }

    /// <summary>The step's id in the protocol's ladder (<c>gesprek-leerkracht</c>).</summary>
    public required string StepId { get; set; }

    public DateOnly Date { get; set; }

    public string? Present { get; set; }

    public string? Outcome { get; set; }

    public string? RecordedByUserId { get; set; }

    public DeelwijsUser? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

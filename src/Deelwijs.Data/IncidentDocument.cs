namespace Deelwijs.Data;

/// <summary>A file of a case: evidence from the report (a screenshot) or a document with a step (a letter, a report); images and PDF.</summary>
public sealed class IncidentDocument
{
    public const int FileNameLength = 255;

    public int Id { get; set; }

    public int IncidentId { get; set; }

    public Incident? Incident { get; set; }

    /// <summary>The step the document goes with; null for evidence sent with the report.</summary>
    public int? IncidentStepId { get; set; }

    public IncidentStep? Step { get; set; }

    public required string FileName { get; set; }

    /// <summary>Decided by the content, never by the name.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public long Size { get; set; }

    public string? UploadedByUserId { get; set; }

    public DeelwijsUser? UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

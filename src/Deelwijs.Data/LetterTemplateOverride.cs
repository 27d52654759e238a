namespace Deelwijs.Data;

/// <summary>A school's own version of a default letter (the Documents project's template code); without one the school uses the default text.</summary>
public sealed class LetterTemplateOverride
{
    public const int CodeLength = 50;
    public const int BodyLength = 20_000;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The code of the default letter this replaces ("suspension-parents").</summary>
    public required string Code { get; set; }

    public required string Body { get; set; }

    public string? UpdatedBy { get; set; }

    public DeelwijsUser? UpdatedByUser { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

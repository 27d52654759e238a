namespace Deelwijs.Web.Consent;

/// <summary>How recording a choice ended.</summary>
public enum ConsentSaveStatus
{
    Saved,

    /// <summary>The person is not at this school, or not someone this account may see: the page answers 404.</summary>
    NotFound,

    /// <summary>The account may see the person's choices but not change them (a parent of a pupil of 16 or older).</summary>
    NotAllowed,

    /// <summary>The input is wrong; <see cref="ConsentSaveResult.Problem"/> says what, in Dutch.</summary>
    Invalid,
}

/// <summary>The outcome of recording choices: how many records were added, and whether one withdrew a consent.</summary>
public sealed record ConsentSaveResult(ConsentSaveStatus Status, int Added = 0, bool Withdrawn = false, string? Problem = null)
{
    public static ConsentSaveResult NotFound { get; } = new(ConsentSaveStatus.NotFound);

    public static ConsentSaveResult Invalid(string problem) => new(ConsentSaveStatus.Invalid, Problem: problem);
}

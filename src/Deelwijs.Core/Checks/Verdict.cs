namespace Deelwijs.Core.Checks;

/// <summary>The answer to "mag dit online?", ordered from mild to severe.</summary>
public enum Verdict
{
    Allowed = 0,
    NeedsChanges = 1,
    NeedsApproval = 2,
    NotAllowed = 3,
}

namespace Deelwijs.Core.Checks;

/// <summary>The kind of person the draft replies to.</summary>
public enum ReplyTo
{
    None,
    Pupil,
    Parent,
    Staff,
    Public,
}

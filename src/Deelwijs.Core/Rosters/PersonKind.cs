namespace Deelwijs.Core.Rosters;

/// <summary>Whether a person on the roster is a pupil, a staff member or a parent.</summary>
public enum PersonKind
{
    Pupil,
    Staff,
    Parent,
}

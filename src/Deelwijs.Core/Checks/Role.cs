namespace Deelwijs.Core.Checks;

/// <summary>The author's role at school (PRODUCT.md role codes).</summary>
public enum Role
{
    Staff,
    Manager,
    Director,
    Board,
    Office,
    Communications,
    PrivacyOfficer,
    Confidant,
    Ict,
    Pupil,
    Parent,
}

namespace Deelwijs.Core.Consent;

/// <summary>Who gave or refused a consent: a parent or guardian for a pupil under 16, the pupil from 16, staff and parents for themselves.</summary>
public enum ConsentGiver
{
    Parent,
    Pupil,
    Self,
}

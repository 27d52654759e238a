using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>Whose conduct a case is about; a parent's case follows the pupils' ladder.</summary>
public enum CaseSubject
{
    Pupil,
    Parent,
    Staff,
}

/// <summary>Which ladder a subject follows.</summary>
public static class CaseSubjects
{
    public static LadderAudience Ladder(this CaseSubject subject) =>
        subject == CaseSubject.Staff ? LadderAudience.Staff : LadderAudience.Pupils;
}

namespace Deelwijs.Data;

/// <summary>What an <see cref="AuditEntry"/> records; stored as its code ("case-viewed").</summary>
public enum AuditAction
{
    CaseReported,
    CaseViewed,
    CaseChanged,
    StepRecorded,
    DocumentAdded,
    DocumentViewed,
    CaseClosed,
    DossierViewed,
    DossierExported,
    DeletedByRetention,
}

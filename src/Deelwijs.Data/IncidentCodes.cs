using Deelwijs.Core.Incidents;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deelwijs.Data;

/// <summary>The stored codes of case statuses, subjects, dossier types and audit actions: lower case with hyphens, so the database reads plainly.</summary>
public static class IncidentCodes
{
    public static string Code(this IncidentStatus status) => status == IncidentStatus.Open ? "open" : "closed";

    public static string Code(this CaseSubject subject) => subject switch
    {
        CaseSubject.Pupil => "pupil",
        CaseSubject.Parent => "parent",
        _ => "staff",
    };

    public static string Code(this DossierType type) => type == DossierType.PupilFile ? "leerlingdossier" : "personeelsdossier";

    public static string Code(this AuditAction action) => action switch
    {
        AuditAction.CaseReported => "case-reported",
        AuditAction.CaseViewed => "case-viewed",
        AuditAction.CaseChanged => "case-changed",
        AuditAction.StepRecorded => "step-recorded",
        AuditAction.DocumentAdded => "document-added",
        AuditAction.DocumentViewed => "document-viewed",
        AuditAction.CaseClosed => "case-closed",
        AuditAction.DossierViewed => "dossier-viewed",
        AuditAction.DossierExported => "dossier-exported",
        _ => "deleted-by-retention",
    };

    public static IncidentCategory ParseCategory(string code) => Parse<IncidentCategory>(IncidentCategories.Code, code);

    public static IncidentStatus ParseStatus(string code) => Parse<IncidentStatus>(Code, code);

    public static CaseSubject ParseSubject(string code) => Parse<CaseSubject>(Code, code);

    public static DossierType ParseDossierType(string code) => Parse<DossierType>(Code, code);

    public static AuditAction ParseAuditAction(string code) => Parse<AuditAction>(Code, code);

    private static T Parse<T>(Func<T, string> codeOf, string code)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(codeOf(value), code, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"Onbekende code '{code}' in de database.");
    }

    /// <summary>Stores an <see cref="IncidentCategory"/> as its API code.</summary>
    public sealed class CategoryConverter() : ValueConverter<IncidentCategory, string>(c => c.Code(), code => ParseCategory(code));

    /// <summary>Stores an <see cref="IncidentStatus"/> as its code.</summary>
    public sealed class StatusConverter() : ValueConverter<IncidentStatus, string>(s => s.Code(), code => ParseStatus(code));

    /// <summary>Stores a <see cref="CaseSubject"/> as its code.</summary>
    public sealed class SubjectConverter() : ValueConverter<CaseSubject, string>(s => s.Code(), code => ParseSubject(code));

    /// <summary>Stores a <see cref="DossierType"/> as its Dutch code.</summary>
    public sealed class DossierTypeConverter() : ValueConverter<DossierType, string>(t => t.Code(), code => ParseDossierType(code));

    /// <summary>Stores an <see cref="AuditAction"/> as its code.</summary>
    public sealed class AuditActionConverter() : ValueConverter<AuditAction, string>(a => a.Code(), code => ParseAuditAction(code));
}

namespace Deelwijs.Web.Schools;

/// <summary>The signed-in user asked for data of a school they do not belong to; the pipeline answers 404.</summary>
public sealed class SchoolAccessDeniedException(int? schoolId)
    : Exception(schoolId is null ? "Je hoort bij geen enkele school." : $"Geen toegang tot school {schoolId}.")
{
    public int? SchoolId { get; } = schoolId;
}

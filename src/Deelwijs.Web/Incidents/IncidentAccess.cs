using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Who may see a case and a dossier. A case: whoever received it, and the school's director and board; a confidant-only case
/// only the vertrouwenspersoon. A pupil's file: director, teamleider and privacy officer; a staff file: director and board;
/// entries from a confidant-only case only the vertrouwenspersoon.
/// </summary>
public static class IncidentAccess
{
    /// <summary>The roles that may handle some case: the ones a report can go to.</summary>
    public static readonly Role[] Handlers = [Role.Manager, Role.Director, Role.Board, Role.Confidant];

    public static readonly Role[] PupilFileReaders = [Role.Director, Role.Manager, Role.PrivacyOfficer];

    public static readonly Role[] StaffFileReaders = [Role.Director, Role.Board];

    public static bool IsHandler(SchoolAccess school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return school.HasAny(Handlers);
    }

    public static bool CanHandle(SchoolAccess school, Role routedTo, bool confidantOnly)
    {
        ArgumentNullException.ThrowIfNull(school);
        return confidantOnly
            ? school.Has(Role.Confidant)
            : school.Has(routedTo) || school.HasAny(Role.Director, Role.Board);
    }

    /// <summary>The roles a case may be routed to for this handler to see it (beyond director and board, who see every non-confidential case).</summary>
    public static IReadOnlyList<Role> RoutedRoles(SchoolAccess school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return school.HasAny(Role.Director, Role.Board) ? [.. ReportingRecipients] : [.. ReportingRecipients.Where(school.Has)];
    }

    public static bool CanReadFile(SchoolAccess school, DossierType type)
    {
        ArgumentNullException.ThrowIfNull(school);
        return school.HasAny(type == DossierType.StaffFile ? StaffFileReaders : PupilFileReaders);
    }

    /// <summary>Whether anything of this person's file is for this reader: their file type, or the confidant's entries.</summary>
    public static bool CanOpenDossier(SchoolAccess school, DossierType type) => CanReadFile(school, type) || school.Has(Role.Confidant);

    /// <summary>An entry is visible to a reader: confidant entries only to the confidant, the others to the file's readers.</summary>
    public static bool CanSeeEntry(SchoolAccess school, DossierType type, bool confidantOnly) =>
        confidantOnly ? school.Has(Role.Confidant) : CanReadFile(school, type);

    private static IEnumerable<Role> ReportingRecipients => Core.Protocols.ReportingRules.Recipients;
}

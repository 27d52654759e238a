using Deelwijs.Core.Checks;
using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Consent;

/// <summary>Who may do what with the consent registry beyond their own choices.</summary>
public static class ConsentRoles
{
    /// <summary>Enter paper forms, import and export, and read a person's history: the office, the director and the privacy officer.</summary>
    public static readonly Role[] Recorders = [Role.Director, Role.Office, Role.PrivacyOfficer];

    public static bool IsRecorder(SchoolAccess school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return school.HasAny(Recorders);
    }
}

using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Identity;

/// <summary>The Dutch name of each role, as people at school call it.</summary>
public static class RoleNames
{
    public static string Dutch(Role role) => role switch
    {
        Role.Staff => "medewerker",
        Role.Manager => "teamleider",
        Role.Director => "directie",
        Role.Board => "bestuur",
        Role.Office => "stafbureau",
        Role.Communications => "communicatie",
        Role.PrivacyOfficer => "functionaris gegevensbescherming",
        Role.Confidant => "vertrouwenspersoon",
        Role.Ict => "ICT",
        Role.Pupil => "leerling",
        Role.Parent => "ouder",
        _ => role.ToString(),
    };

    /// <summary>The roles in a fixed order, joined for display ("directie, teamleider").</summary>
    public static string Dutch(IEnumerable<Role> roles) => string.Join(", ", roles.Order().Select(Dutch));
}

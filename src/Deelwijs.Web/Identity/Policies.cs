using Deelwijs.Core.Checks;
using Microsoft.AspNetCore.Authorization;

namespace Deelwijs.Web.Identity;

/// <summary>Authorisation policies by role at the school the user works in (use with [Authorize(Policy = ...)]).</summary>
public static class Policies
{
    /// <summary>Anyone employed by the school or board (not pupils or parents).</summary>
    public const string Employee = "employee";

    /// <summary>Who answers approval requests: manager, director, communications.</summary>
    public const string Approver = "approver";

    /// <summary>The school's director.</summary>
    public const string Director = "director";

    /// <summary>Who may import the roster: director and (board) office.</summary>
    public const string RosterManager = "roster-manager";

    /// <summary>Who enters paper consent forms, imports and exports consents and reads a person's consent history: director, office, privacy officer.</summary>
    public const string ConsentRecorder = "consent-recorder";

    /// <summary>Who handles incident reports: teamleider, director, board, vertrouwenspersoon (which cases each sees: IncidentAccess).</summary>
    public const string IncidentHandler = "incident-handler";

    public static void Add(AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPolicy(Employee, p => p.AddRequirements(new SchoolRoleRequirement(
            Role.Staff, Role.Manager, Role.Director, Role.Board, Role.Office, Role.Communications, Role.PrivacyOfficer, Role.Confidant, Role.Ict)));
        builder.AddPolicy(Approver, p => p.AddRequirements(new SchoolRoleRequirement(Role.Manager, Role.Director, Role.Communications)));
        builder.AddPolicy(Director, p => p.AddRequirements(new SchoolRoleRequirement(Role.Director)));
        builder.AddPolicy(RosterManager, p => p.AddRequirements(new SchoolRoleRequirement(Role.Director, Role.Office)));
        builder.AddPolicy(ConsentRecorder, p => p.AddRequirements(new SchoolRoleRequirement(Role.Director, Role.Office, Role.PrivacyOfficer)));
        builder.AddPolicy(IncidentHandler, p => p.AddRequirements(new SchoolRoleRequirement(Role.Manager, Role.Director, Role.Board, Role.Confidant)));
    }
}

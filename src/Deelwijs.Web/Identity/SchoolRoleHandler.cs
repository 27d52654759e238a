using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;

namespace Deelwijs.Web.Identity;

/// <summary>Checks a <see cref="SchoolRoleRequirement"/> against the memberships of the signed-in user (per request, so changes apply at once).</summary>
public sealed class SchoolRoleHandler(CurrentSchool currentSchool) : AuthorizationHandler<SchoolRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SchoolRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.Identity?.IsAuthenticated == true
            && await currentSchool.TryGetAsync() is { } school
            && requirement.Roles.Any(school.Has))
        {
            context.Succeed(requirement);
        }
    }
}

using Deelwijs.Core.Checks;
using Microsoft.AspNetCore.Authorization;

namespace Deelwijs.Web.Identity;

/// <summary>The user holds one of these roles at the school they work in now.</summary>
public sealed class SchoolRoleRequirement(params Role[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

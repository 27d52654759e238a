using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Schools;

/// <summary>A school the signed-in user may see, with the roles they hold there (directly or through the board).</summary>
public sealed record SchoolAccess(int SchoolId, string SchoolName, int BoardId, string BoardName, IReadOnlySet<Role> Roles)
{
    public bool Has(Role role) => Roles.Contains(role);

    public bool HasAny(params ReadOnlySpan<Role> roles)
    {
        foreach (var role in roles)
        {
            if (Roles.Contains(role))
            {
                return true;
            }
        }

        return false;
    }
}

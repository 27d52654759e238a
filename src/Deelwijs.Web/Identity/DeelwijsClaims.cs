using System.Security.Claims;
using Deelwijs.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Identity;

/// <summary>Adds the person's display name to the login cookie; roles are read per request (see CurrentSchool).</summary>
public sealed class DeelwijsClaims(UserManager<DeelwijsUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DeelwijsUser>(users, options)
{
    public const string DisplayName = "deelwijs:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DeelwijsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}

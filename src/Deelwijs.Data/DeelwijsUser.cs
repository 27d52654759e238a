using Microsoft.AspNetCore.Identity;

namespace Deelwijs.Data;

/// <summary>A local account; what the person may do at which school is in their <see cref="Membership"/> rows.</summary>
public sealed class DeelwijsUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public List<Membership> Memberships { get; set; } = [];
}

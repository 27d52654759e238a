using System.Security.Cryptography;
using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Schools;

/// <summary>The accounts of a school: who has which role there; a director adds people and ends their roles.</summary>
public sealed class StaffAccounts(DeelwijsDbContext db, UserManager<DeelwijsUser> users)
{
    public async Task<IReadOnlyList<SchoolMember>> ListAsync(int schoolId, CancellationToken cancellationToken = default) =>
        await db.Memberships
            .Where(m => m.SchoolId == schoolId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new SchoolMember(m.Id, m.User!.DisplayName, m.User.Email ?? "", m.Role, m.Function))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Gives a person a role at the school. A new account gets a one-time password to pass on; for an existing
    /// account the result's password is null. Returns the Dutch problems instead when it cannot be done.
    /// </summary>
    public async Task<AddMemberResult> AddAsync(int schoolId, string email, string displayName, Role role, string? function)
    {
        var user = await users.FindByEmailAsync(email);
        string? password = null;
        if (user is null)
        {
            user = new DeelwijsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            password = NewPassword();
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return new AddMemberResult(null, created.Errors.Select(e => e.Description).ToList());
            }
        }
        else if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.SchoolId == schoolId && m.Role == role))
        {
            return new AddMemberResult(null, [$"{user.DisplayName} heeft deze rol op deze school al."]);
        }

        db.Memberships.Add(new Membership { UserId = user.Id, SchoolId = schoolId, Role = role, Function = function });
        await db.SaveChangesAsync();
        return new AddMemberResult(password, []);
    }

    /// <summary>Ends one role of a person at this school (not at another school); false when there is no such role.</summary>
    public async Task<bool> RemoveAsync(int schoolId, int membershipId, CancellationToken cancellationToken = default) =>
        await db.Memberships.Where(m => m.Id == membershipId && m.SchoolId == schoolId).ExecuteDeleteAsync(cancellationToken) > 0;

    // 16 characters from every class the password rules ask for, from a cryptographic source.
    private static string NewPassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%&*?";
        const string all = lower + upper + digits + symbols;
        var chars = new[] { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}

/// <summary>A person's role at the school, as the accounts page lists it.</summary>
public sealed record SchoolMember(int MembershipId, string Name, string Email, Role Role, string? Function);

/// <summary>The outcome of adding a person: a one-time password for a new account, or the problems.</summary>
public sealed record AddMemberResult(string? Password, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

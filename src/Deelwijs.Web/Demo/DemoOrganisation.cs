using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Demo;

/// <summary>Creates the demo organisation (a board, two schools, rosters, an account per role) in an empty database.</summary>
public sealed class DemoOrganisation(
    DeelwijsDbContext db,
    UserManager<DeelwijsUser> users,
    TimeProvider time,
    IOptions<DemoOptions> options,
    ILogger<DemoOrganisation> logger)
{
    public const string BoardName = "Stichting Voorbeeldscholen";
    public const string FirstSchoolName = "Het Noorderlicht College";
    public const string SecondSchoolName = "Basisschool De Regenboog";

    /// <summary>Creates the demo when the database holds no board and no account yet; returns whether it did.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Boards.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var board = new Board { Name = BoardName, CreatedAt = now };
        var first = new School { Board = board, Name = FirstSchoolName, Aliases = ["Noorderlicht", "HNC"], ProtocolId = "ssoe", CreatedAt = now };
        var second = new School { Board = board, Name = SecondSchoolName, Aliases = ["De Regenboog"], ProtocolId = "de-regenboog", CreatedAt = now };
        db.Boards.Add(board);
        db.Schools.AddRange(first, second);
        await db.SaveChangesAsync(cancellationToken);

        db.People.AddRange(RosterOf(first.Id, DemoAccounts.FirstSchool, SyntheticRoster.Generate(120, seed: 11)));
        db.People.AddRange(RosterOf(second.Id, DemoAccounts.SecondSchool, SyntheticRoster.Generate(80, seed: 22)));

        foreach (var account in DemoAccounts.FirstSchool)
        {
            await AddAccountAsync(account, first.Id, boardId: null);
        }

        foreach (var account in DemoAccounts.SecondSchool)
        {
            await AddAccountAsync(account, second.Id, boardId: null);
        }

        foreach (var account in DemoAccounts.Board)
        {
            await AddAccountAsync(account, schoolId: null, board.Id);
        }

        if (options.Value.ApiKey is { Length: > 0 } key)
        {
            db.ApiKeys.Add(new ApiKey
            {
                SchoolId = first.Id,
                Name = "Demo-koppeling",
                Prefix = ApiKey.PrefixOf(key),
                Hash = ApiKey.HashOf(key),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo-organisatie aangemaakt: {Board} met {First} en {Second}; wachtwoord van de demo-accounts: zie README.", BoardName, FirstSchoolName, SecondSchoolName);
        return true;
    }

    private static IEnumerable<SchoolPerson> RosterOf(int schoolId, IReadOnlyList<DemoAccount> accounts, Roster synthetic)
    {
        foreach (var person in synthetic.People)
        {
            yield return SchoolPerson.From(schoolId, person);
        }

        // The demo's own account holders are on the roster too, so a check recognises their names.
        foreach (var account in accounts)
        {
            var space = account.DisplayName.IndexOf(' ', StringComparison.Ordinal);
            var kind = account.Role switch
            {
                Role.Pupil => PersonKind.Pupil,
                Role.Parent => PersonKind.Parent,
                _ => PersonKind.Staff,
            };
            yield return new SchoolPerson
            {
                SchoolId = schoolId,
                Kind = kind,
                FirstName = account.DisplayName[..space],
                LastName = account.DisplayName[(space + 1)..],
                Group = kind == PersonKind.Pupil ? "2B" : null,
            };
        }
    }

    private async Task AddAccountAsync(DemoAccount account, int? schoolId, int? boardId)
    {
        var user = new DeelwijsUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
        };
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo-account {account.Email} kon niet worden aangemaakt: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        db.Memberships.Add(new Membership
        {
            UserId = user.Id,
            SchoolId = schoolId,
            BoardId = boardId,
            Role = account.Role,
            Function = account.Function,
        });
    }
}

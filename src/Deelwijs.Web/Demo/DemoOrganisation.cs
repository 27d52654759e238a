using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Demo;

/// <summary>Creates the demo organisation (a board, two schools, rosters, an account per role, parents with children and their image consent) in an empty database.</summary>
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

        db.ConsentPurposes.AddRange(ConsentPurposeSetting.DefaultsFor(first.Id).Concat(ConsentPurposeSetting.DefaultsFor(second.Id)));
        var today = SchoolDay.Today(time);
        var firstPeople = RosterOf(first.Id, DemoAccounts.FirstSchool, SyntheticRoster.Generate(120, seed: 11), today).ToList();
        var secondPeople = RosterOf(second.Id, DemoAccounts.SecondSchool, SyntheticRoster.Generate(80, seed: 22), today).ToList();
        db.People.AddRange(firstPeople.Concat(secondPeople));
        await db.SaveChangesAsync(cancellationToken);

        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in DemoAccounts.FirstSchool)
        {
            accounts[account.Name] = await AddAccountAsync(account, first.Id, boardId: null, PersonOf(account, firstPeople));
        }

        foreach (var account in DemoAccounts.SecondSchool)
        {
            accounts[account.Name] = await AddAccountAsync(account, second.Id, boardId: null, PersonOf(account, secondPeople));
        }

        foreach (var account in DemoAccounts.Board)
        {
            accounts[account.Name] = await AddAccountAsync(account, schoolId: null, board.Id, person: null);
        }

        foreach (var child in DemoFamilies.Children)
        {
            var person = firstPeople.Concat(secondPeople).First(p => p.Kind == PersonKind.Pupil && p.Number is null && p.FirstName == child.FirstName && p.LastName == child.LastName);
            db.Guardianships.Add(new Guardianship { UserId = accounts[child.Parent], PersonId = person.Id });
        }

        db.ConsentRecords.AddRange(DemoConsents.For(firstPeople, accounts["directeur"], accounts, today, now));
        db.ConsentRecords.AddRange(DemoConsents.For(secondPeople, accounts["directeur.regenboog"], accounts, today, now));

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

    private static IEnumerable<SchoolPerson> RosterOf(int schoolId, IReadOnlyList<DemoAccount> accounts, Roster synthetic, DateOnly today)
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
                BirthDate = account.Age is { } age ? BirthDate(today, age) : null,
                Group = kind == PersonKind.Pupil ? account.Group ?? "2B" : null,
            };
        }

        // The children of the demo's parents who have no account themselves.
        var parents = accounts.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var child in DemoFamilies.Children.Where(c => c.Age is not null && parents.Contains(c.Parent)))
        {
            yield return new SchoolPerson
            {
                SchoolId = schoolId,
                Kind = PersonKind.Pupil,
                FirstName = child.FirstName,
                LastName = child.LastName,
                BirthDate = BirthDate(today, child.Age!.Value),
                Group = child.Group,
            };
        }
    }

    // Some months past the birthday, so the demo's ages hold for a while after the demo is made.
    private static DateOnly BirthDate(DateOnly today, int age) => today.AddYears(-age).AddMonths(-3);

    private static SchoolPerson? PersonOf(DemoAccount account, IReadOnlyList<SchoolPerson> people) =>
        people.FirstOrDefault(p => string.Equals($"{p.FirstName} {p.LastName}", account.DisplayName, StringComparison.Ordinal) && p.Number is null);

    private async Task<string> AddAccountAsync(DemoAccount account, int? schoolId, int? boardId, SchoolPerson? person)
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
            PersonId = person?.Id,
        });
        return user.Id;
    }
}

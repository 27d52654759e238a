using System.Globalization;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>Makes the people, accounts and links a consent test needs, each test its own, at one of the demo schools.</summary>
public static class ConsentTestData
{
    public static Task<int> SchoolIdAsync(DeelwijsWebFactory factory, string name = DemoOrganisation.FirstSchoolName) =>
        factory.WithDbAsync(db => db.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public static Task<string> UserIdAsync(DeelwijsWebFactory factory, string account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Email(account)).Select(u => u.Id).SingleAsync());

    /// <summary>A pupil on the school's roster (a unique made-up name unless given).</summary>
    public static Task<SchoolPerson> AddPupilAsync(
        DeelwijsWebFactory factory, int schoolId, DateOnly? birthDate, string group = "3C", string? firstName = null, string lastName = "Testkind", string? number = null) =>
        factory.WithDbAsync(async db =>
        {
            var person = new SchoolPerson
            {
                SchoolId = schoolId,
                Kind = PersonKind.Pupil,
                FirstName = firstName ?? "Kind" + Guid.NewGuid().ToString("N")[..8],
                LastName = lastName,
                BirthDate = birthDate,
                Group = group,
                Number = number,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });

    /// <summary>Makes the demo account (by name, such as "ouder") a guardian of the person.</summary>
    public static async Task LinkChildAsync(DeelwijsWebFactory factory, string account, int personId)
    {
        var userId = await UserIdAsync(factory, account);
        await factory.WithDbAsync(async db =>
        {
            db.Guardianships.Add(new Guardianship { UserId = userId, PersonId = personId });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A new account (demo password) with a role at the school, linked to this roster person; returns its e-mail address.</summary>
    public static async Task<string> AddAccountAsync(DeelwijsWebFactory factory, SchoolPerson person, Role role = Role.Pupil)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(person);
        var email = string.Create(CultureInfo.InvariantCulture, $"persoon{person.Id}@test.deelwijs.nl");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeelwijsUser>>();
        var user = new DeelwijsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = person.ToPerson().FullName };
        var created = await users.CreateAsync(user, DemoAccounts.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<DeelwijsDbContext>();
        db.Memberships.Add(new Membership { UserId = user.Id, SchoolId = person.SchoolId, Role = role, PersonId = person.Id });
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Runs a service made with this clock (other dependencies from the app) in a scope of its own.</summary>
    public static async Task<T> WithServiceAsync<TService, T>(DeelwijsWebFactory factory, TimeProvider time, Func<TService, Task<T>> work)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(ActivatorUtilities.CreateInstance<TService>(scope.ServiceProvider, time));
    }

    /// <summary>A clock at noon (Dutch time, in winter) on this day.</summary>
    public static TimeProvider On(DateOnly day) => new FixedTime(new DateTimeOffset(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero));

    /// <summary>Records choices given today (by a parent, on a form) straight in the database.</summary>
    public static Task<int> AddRecordsAsync(DeelwijsWebFactory factory, int schoolId, params (int PersonId, string Purpose, bool Granted)[] records) =>
        factory.WithDbAsync(async db =>
        {
            var today = SchoolDay.Today(TimeProvider.System);
            db.ConsentRecords.AddRange(records.Select(r => new ConsentRecord
            {
                SchoolId = schoolId,
                PersonId = r.PersonId,
                Purpose = r.Purpose,
                Granted = r.Granted,
                SchoolYear = SchoolYear.Of(today),
                GivenOn = today,
                GivenBy = ConsentGiver.Parent,
                Method = ConsentMethod.Form,
                RecordedAt = DateTimeOffset.UnixEpoch,
            }));
            return await db.SaveChangesAsync();
        });

    public static Dictionary<string, bool> Choices(params (string Purpose, bool Granted)[] choices) =>
        choices.ToDictionary(c => c.Purpose, c => c.Granted, StringComparer.Ordinal);
}

/// <summary>A clock that stands still: "today" for age and school-year tests.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

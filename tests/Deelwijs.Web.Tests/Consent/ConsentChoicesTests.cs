using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>Who may record a choice for whom, judged by the age on the day; withdrawal counts in the next register.</summary>
public sealed class ConsentChoicesTests : IAsyncLifetime
{
    // A pupil born on 10 March 2011 turns 16 on 10 March 2027.
    private static readonly DateOnly BirthDate = new(2011, 3, 10);
    private static readonly DateOnly DayBefore16 = new(2027, 3, 9);
    private static readonly DateOnly Sixteenth = new(2027, 3, 10);

    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Parent_DecidesTheDayBeforeTheChildTurns16_ButNotOnTheBirthday()
    {
        var (schoolId, child) = await ChildOfDemoParentAsync();
        var parent = await ConsentTestData.UserIdAsync(factory, "ouder");

        var before = await SaveAsync(DayBefore16, parent, schoolId, child.Id, (ConsentPurposes.Website, true));
        var on = await SaveAsync(Sixteenth, parent, schoolId, child.Id, (ConsentPurposes.Website, false));

        Assert.Equal(ConsentSaveStatus.Saved, before.Status);
        Assert.Equal(ConsentSaveStatus.NotAllowed, on.Status);
        Assert.Contains("Vanaf 16 beslist je kind zelf", on.Problem, StringComparison.Ordinal);
        var register = await RegisterAsync(schoolId, child, Sixteenth);
        Assert.Equal(ConsentAnswer.Given, register.Answer(child.ToPerson(), ConsentPurposes.Website));
    }

    [Fact]
    public async Task Pupil_DecidesFromTheir16thBirthday_NotTheDayBefore()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var pupil = await ConsentTestData.AddPupilAsync(factory, schoolId, BirthDate);
        await ConsentTestData.AddAccountAsync(factory, pupil);
        var userId = await factory.WithDbAsync(db => Task.FromResult(db.Memberships.Single(m => m.PersonId == pupil.Id).UserId));

        var before = await SaveAsync(DayBefore16, userId, schoolId, pupil.Id, (ConsentPurposes.SocialMedia, true));
        var on = await SaveAsync(Sixteenth, userId, schoolId, pupil.Id, (ConsentPurposes.SocialMedia, true));

        Assert.Equal(ConsentSaveStatus.NotAllowed, before.Status);
        Assert.Contains("Je ouders beslissen tot je 16 bent", before.Problem, StringComparison.Ordinal);
        Assert.Equal(ConsentSaveStatus.Saved, on.Status);
        var record = await factory.WithDbAsync(db => Task.FromResult(db.ConsentRecords.Single(r => r.PersonId == pupil.Id)));
        Assert.Equal((ConsentGiver.Pupil, ConsentMethod.Portal, Sixteenth, new SchoolYear(2026)), (record.GivenBy, record.Method, record.GivenOn, record.SchoolYear));
    }

    [Fact]
    public async Task Withdrawal_IsANewRecord_AndTheNextRegisterSaysRefused()
    {
        var (schoolId, child) = await ChildOfDemoParentAsync();
        var parent = await ConsentTestData.UserIdAsync(factory, "ouder");
        await SaveAsync(DayBefore16.AddDays(-30), parent, schoolId, child.Id, (ConsentPurposes.SocialMedia, true), (ConsentPurposes.Website, true));
        Assert.Equal(ConsentAnswer.Given, (await RegisterAsync(schoolId, child, DayBefore16)).Answer(child.ToPerson(), ConsentPurposes.SocialMedia));

        var withdrawal = await SaveAsync(DayBefore16, parent, schoolId, child.Id, (ConsentPurposes.SocialMedia, false), (ConsentPurposes.Website, true));

        Assert.Equal((ConsentSaveStatus.Saved, 1, true), (withdrawal.Status, withdrawal.Added, withdrawal.Withdrawn));
        var register = await RegisterAsync(schoolId, child, DayBefore16);
        Assert.Equal(ConsentAnswer.Refused, register.Answer(child.ToPerson(), ConsentPurposes.SocialMedia));
        Assert.Equal(ConsentAnswer.Given, register.Answer(child.ToPerson(), ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.NoAnswer, register.Answer(child.ToPerson(), ConsentPurposes.Press));
        Assert.Equal(3, await factory.WithDbAsync(db => Task.FromResult(db.ConsentRecords.Count(r => r.PersonId == child.Id))));
    }

    [Fact]
    public async Task Parent_CannotRecordForAnotherChild_OrAnotherSchoolsChild()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var stranger = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 1, 1));
        var secondSchool = await ConsentTestData.SchoolIdAsync(factory, Demo.DemoOrganisation.SecondSchoolName);
        var elsewhere = await ConsentTestData.AddPupilAsync(factory, secondSchool, new DateOnly(2015, 1, 1));
        await ConsentTestData.LinkChildAsync(factory, "ouder", elsewhere.Id);
        var parent = await ConsentTestData.UserIdAsync(factory, "ouder");

        var other = await SaveAsync(DayBefore16, parent, schoolId, stranger.Id, (ConsentPurposes.Website, true));
        var otherSchool = await SaveAsync(DayBefore16, parent, schoolId, elsewhere.Id, (ConsentPurposes.Website, true));

        Assert.Equal(ConsentSaveStatus.NotFound, other.Status);
        Assert.Equal(ConsentSaveStatus.NotFound, otherSchool.Status);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.ConsentRecords.Count(r => r.PersonId == stranger.Id || r.PersonId == elsewhere.Id))));
    }

    [Fact]
    public async Task PaperForm_SignedBeforeThe16thBirthday_IsTheParents_AndOnlyRecordersEnterIt()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var pupil = await ConsentTestData.AddPupilAsync(factory, schoolId, BirthDate);
        var office = await ConsentTestData.UserIdAsync(factory, "directeur");
        var director = new SchoolAccess(schoolId, "", 0, "", new HashSet<Role> { Role.Director });
        var teacher = director with { Roles = new HashSet<Role> { Role.Staff } };

        var form = await ConsentTestData.WithServiceAsync<ConsentChoices, ConsentSaveResult>(factory, ConsentTestData.On(Sixteenth), choices =>
            choices.RecordFormAsync(director, office, pupil.Id, ConsentTestData.Choices((ConsentPurposes.Newsletter, true), (ConsentPurposes.Press, false)), DayBefore16, new SchoolYear(2026)));
        var future = await ConsentTestData.WithServiceAsync<ConsentChoices, ConsentSaveResult>(factory, ConsentTestData.On(Sixteenth), choices =>
            choices.RecordFormAsync(director, office, pupil.Id, ConsentTestData.Choices((ConsentPurposes.Newsletter, true)), Sixteenth.AddDays(1), new SchoolYear(2026)));
        var byTeacher = await ConsentTestData.WithServiceAsync<ConsentChoices, ConsentSaveResult>(factory, ConsentTestData.On(Sixteenth), choices =>
            choices.RecordFormAsync(teacher, office, pupil.Id, ConsentTestData.Choices((ConsentPurposes.Newsletter, true)), DayBefore16, new SchoolYear(2026)));

        Assert.Equal((ConsentSaveStatus.Saved, 2), (form.Status, form.Added));
        Assert.Equal(ConsentSaveStatus.Invalid, future.Status);
        Assert.Equal(ConsentSaveStatus.NotFound, byTeacher.Status);
        var records = await factory.WithDbAsync(db => Task.FromResult(db.ConsentRecords.Where(r => r.PersonId == pupil.Id).ToList()));
        Assert.All(records, r => Assert.Equal((ConsentGiver.Parent, ConsentMethod.Form, office), (r.GivenBy, r.Method, r.RecordedByUserId)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<(int SchoolId, SchoolPerson Child)> ChildOfDemoParentAsync()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var child = await ConsentTestData.AddPupilAsync(factory, schoolId, BirthDate);
        await ConsentTestData.LinkChildAsync(factory, "ouder", child.Id);
        return (schoolId, child);
    }

    private Task<ConsentSaveResult> SaveAsync(DateOnly today, string userId, int schoolId, int personId, params (string, bool)[] choices) =>
        ConsentTestData.WithServiceAsync<ConsentChoices, ConsentSaveResult>(factory, ConsentTestData.On(today), service =>
            service.SaveAsync(userId, schoolId, personId, ConsentTestData.Choices(choices)));

    private Task<ConsentRegister> RegisterAsync(int schoolId, SchoolPerson person, DateOnly day) =>
        ConsentTestData.WithServiceAsync<ConsentRegistry, ConsentRegister>(factory, ConsentTestData.On(day), registry =>
            registry.RegisterForAsync(schoolId, [person], day));
}

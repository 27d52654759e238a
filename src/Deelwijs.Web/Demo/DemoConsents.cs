using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;

namespace Deelwijs.Web.Demo;

/// <summary>The demo's image-consent choices for this school year: some people said yes, some no, some have not answered.</summary>
public static class DemoConsents
{
    private static readonly string[] All = ConsentPurposes.Defaults.Select(p => p.Code).ToArray();

    /// <summary>Choices for everyone on a demo roster, by a fixed pattern; the demo families get their own, with a withdrawal in the history.</summary>
    /// <param name="recordedBy">The account that entered imports and forms (the school's director).</param>
    /// <param name="accounts">The user id of each demo account by its name ("ouder"), for the choices made in Deelwijs.</param>
    public static IEnumerable<ConsentRecord> For(
        IReadOnlyList<SchoolPerson> people, string? recordedBy, IReadOnlyDictionary<string, string> accounts, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(accounts);
        var year = SchoolYear.Of(today);
        var given = Min(year.FirstDay.AddDays(30), today);
        var index = 0;
        foreach (var person in people.Where(p => p.Kind != PersonKind.Parent).OrderBy(p => p.Id))
        {
            // The demo's own people (no pupil number) get their choices below.
            if (person.Number is null && person.Kind == PersonKind.Pupil)
            {
                continue;
            }

            var yes = (index++ % 4) switch
            {
                0 => null,
                1 => All,
                2 => All.Except([ConsentPurposes.SocialMedia, ConsentPurposes.Press]).ToArray(),
                _ => [ConsentPurposes.SchoolApp],
            };
            if (yes is null)
            {
                continue;
            }

            foreach (var purpose in All)
            {
                yield return Record(person, purpose, yes.Contains(purpose), given, ConsentMethod.Import, recordedBy, now);
            }
        }

        foreach (var record in FamilyRecords(people, recordedBy, accounts, year, today, now))
        {
            yield return record;
        }
    }

    private static IEnumerable<ConsentRecord> FamilyRecords(
        IReadOnlyList<SchoolPerson> people, string? recordedBy, IReadOnlyDictionary<string, string> accounts, SchoolYear year, DateOnly today, DateTimeOffset now)
    {
        var parent = accounts.GetValueOrDefault("ouder");
        var pupil = accounts.GetValueOrDefault("leerling");
        var early = Min(year.FirstDay.AddDays(14), today);
        var later = Min(early.AddDays(30), today);
        if (Find(people, "Lotte", "Jansen") is { } lotte)
        {
            foreach (var purpose in new[] { ConsentPurposes.SchoolGuide, ConsentPurposes.Newsletter, ConsentPurposes.Website, ConsentPurposes.SocialMedia, ConsentPurposes.SchoolApp })
            {
                yield return Record(lotte, purpose, true, early, ConsentMethod.Portal, parent, now);
            }

            // Merel changed her mind about social media: the history keeps both choices, the latest counts.
            yield return Record(lotte, ConsentPurposes.SocialMedia, false, later, ConsentMethod.Portal, parent, now);
        }

        if (Find(people, "Daan", "Jansen") is { } daan)
        {
            yield return Record(daan, ConsentPurposes.Website, true, early, ConsentMethod.Portal, pupil, now);
            yield return Record(daan, ConsentPurposes.SchoolApp, true, early, ConsentMethod.Portal, pupil, now);
            yield return Record(daan, ConsentPurposes.SocialMedia, false, early, ConsentMethod.Portal, pupil, now);
        }

        if (Find(people, "Finn", "Bos") is { } finn)
        {
            foreach (var purpose in All)
            {
                yield return Record(finn, purpose, true, early, ConsentMethod.Form, recordedBy, now);
            }
        }
    }

    private static SchoolPerson? Find(IReadOnlyList<SchoolPerson> people, string firstName, string lastName) =>
        people.FirstOrDefault(p => p.Kind == PersonKind.Pupil && p.Number is null && p.FirstName == firstName && p.LastName == lastName);

    private static ConsentRecord Record(SchoolPerson person, string purpose, bool granted, DateOnly day, ConsentMethod method, string? recordedBy, DateTimeOffset now) =>
        new()
        {
            SchoolId = person.SchoolId,
            PersonId = person.Id,
            Purpose = purpose,
            Granted = granted,
            SchoolYear = SchoolYear.Of(day),
            GivenOn = day,
            GivenBy = ConsentRules.WhoDecides(person.ToPerson(), day),
            Method = method,
            RecordedByUserId = recordedBy,
            RecordedAt = now,
        };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

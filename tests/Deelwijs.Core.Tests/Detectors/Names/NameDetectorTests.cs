using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Detectors.Names;

public sealed class NameDetectorTests
{
    [Theory]
    [InlineData("Vandaag won Sanne de Vries de voorleeswedstrijd!", "Sanne de Vries")]
    [InlineData("vandaag won sanne de vries de voorleeswedstrijd", "sanne de vries")]
    [InlineData("SANNE DE VRIES heeft gewonnen", "SANNE DE VRIES")]
    [InlineData("Gefeliciteerd Daan Van der Berg!", "Daan Van der Berg")]
    [InlineData("Gefeliciteerd Daan van der berg!", "Daan van der berg")]
    [InlineData("Knap gedaan, Anne-Marie Jansen.", "Anne-Marie Jansen")]
    [InlineData("Knap gedaan, Anne-Marie!", "Anne-Marie")]
    [InlineData("Wat een mooie tekening van Sanne.", "Sanne")]
    [InlineData("Sanne's tekening hangt in de hal.", "Sanne")]
    [InlineData("Peters tekening hangt in de hal.", "Peters")]
    [InlineData("Vandaag speelde Roos de hoofdrol.", "Roos")]
    [InlineData("Vandaag speelde Roos Bakker de hoofdrol.", "Roos Bakker")]
    [InlineData("vandaag speelde roos bakker de hoofdrol", "roos bakker")]
    [InlineData("Bedankt juf Anne voor het mooie feest!", "juf Anne")]
    [InlineData("Bedankt meneer Van der Berg voor de rondleiding.", "meneer Van der Berg")]
    [InlineData("De familie Mulder kwam ook kijken.", "familie Mulder")]
    [InlineData("meester bas heeft gitaar gespeeld", "meester bas")]
    [InlineData("wat heeft daan goed gespeeld", "daan")]
    public void Finds_roster_names(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Name, text));
    }

    [Theory]
    [InlineData("Wat een mooie roos staat er op het bureau.")]
    [InlineData("Roos is mijn lievelingsbloem.")]
    [InlineData("Hij speelt bas in de schoolband.")]
    [InlineData("Thomas heeft vandaag gewonnen.")]
    [InlineData("De Vries is een veel voorkomende achternaam.")]
    [InlineData("Bakker en Visser zijn beroepen.")]
    [InlineData("Wij zijn trots op alle leerlingen.")]
    [InlineData("Mail sanne@school.nl voor meer informatie.")]
    public void Leaves_words_that_are_not_a_named_roster_person_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Name, text));
    }

    [Fact]
    public void A_first_name_two_people_share_is_not_enough_but_the_full_name_is()
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Name, "Gisteren kwam Thomas langs."));
        Assert.Equal(["Thomas Bos"], PersonalDataCheck.Find(FindingKinds.Name, "Gisteren kwam Thomas Bos langs."));
    }

    [Fact]
    public void Without_a_roster_no_names_are_found()
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Name, "Sanne de Vries won de wedstrijd.", roster: false));
    }

    [Fact]
    public void The_message_says_what_kind_of_person_it_is()
    {
        var finding = Assert.Single(PersonalDataCheck.All("Bedankt Anne Visser!"), f => f.Kind == FindingKinds.Name);

        Assert.Contains("medewerker", finding.Message);
        Assert.Equal(FindingAction.Change, finding.Action);
    }

    [Fact]
    public void A_roster_of_two_thousand_people_still_finds_every_name()
    {
        string[] starts = ["Em", "Lu", "Ju", "Se", "Te", "Mi", "Fi", "Da", "Sa", "No", "Li", "Ja", "Ro", "Ma", "Ti", "Be", "Ka", "Vi", "Ze", "Ho"];
        string[] middles = ["ra", "li", "no", "ta", "mi", "se", "ve", "lo", "ri", "na"];
        string[] ends = ["n", "s", "a", "h", "lle", "nne", "r", "m", "k", "d"];
        string[] lastNames = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder", "Bos", "Meijer", "Dekker"];
        var people = new List<Person>();
        for (var i = 0; i < 2000; i++)
        {
            var first = starts[i % 20] + middles[i / 20 % 10] + ends[i / 200];
            var last = lastNames[i % lastNames.Length];
            var space = last.LastIndexOf(' ');
            people.Add(new Person(PersonKind.Pupil, first, space < 0 ? null : last[..space], space < 0 ? last : last[(space + 1)..]));
        }

        var engine = PersonalDataCheck.Engine(new Roster(people));

        var someone = people[^1];
        Assert.Equal([someone.FullName], PersonalDataCheck.Find(engine, FindingKinds.Name, $"Knap gedaan, {someone.FullName}!"));
        Assert.Equal([people[1234].FirstName], PersonalDataCheck.Find(engine, FindingKinds.Name, $"Wat goed, {people[1234].FirstName}!"));
        Assert.Empty(PersonalDataCheck.Find(engine, FindingKinds.Name, "Knap gedaan, iedereen van groep 8!"));
    }
}

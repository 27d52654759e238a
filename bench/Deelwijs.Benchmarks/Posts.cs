using Deelwijs.Core.Rosters;

namespace Deelwijs.Benchmarks;

/// <summary>Realistic drafts of a teacher, with pupils' names taken from the roster so the name detector has work.</summary>
internal static class Posts
{
    /// <summary>About 280 characters: a school trip, a pupil's full name, a mobile number and one swear word.</summary>
    public static string Short(Roster roster) =>
        $"Wat een dag met groep 7 in het Zuiderzeemuseum! {Pupil(roster, 0)} mocht zelf touw draaien en iedereen "
        + "proefde een haring. Wel kut dat de bus een uur laat was. Ouders die hun kind eerder willen ophalen: "
        + "bel of app me op 06-12345678. Morgen gewoon weer om half negen op school, tot dan!";

    /// <summary>About 2,000 characters: a camp report with names, a phone number, an e-mail address and one swear word.</summary>
    public static string Long(Roster roster) =>
        "Wat een fantastische week hebben we achter de rug! Met alle leerlingen van groep 8 zijn we vijf dagjes op kamp "
        + "geweest op Ameland. Maandagochtend vertrokken we met de boot vanuit Holwerd, en al op de veerboot werd er "
        + "gezongen en gelachen. In het kampgebouw bij Nes kregen de kinderen hun kamers toegewezen en daarna gingen "
        + "we meteen het strand op voor een grote zandkastelenwedstrijd. "
        + $"Het team van {Pupil(roster, 1)} en {Pupil(roster, 2)} won met een prachtige vuurtoren van zand. "
        + "Dinsdag fietsten we naar de vuurtoren van Hollum, waar de kinderen alle 236 treden naar boven hebben "
        + "beklommen. Het uitzicht over de Waddenzee was geweldig. 's Middags hebben we gewadloopt onder leiding van "
        + "een gids, die ons van alles vertelde over zeehonden, kokkels en wadpieren. Woensdag was de bonte avond: "
        + "elke kamer had een toneelstukje of een lied voorbereid, en de meesters en juffen moesten het ook ontgelden. "
        + "Donderdag regende het de hele dag, dus hebben we in de sporthal een groot spel gedaan en een speurtocht "
        + "door het dorp gehouden. Wel balen dat het zo verdomme hard waaide dat de vlieger van de klas meteen kapot "
        + "was. Vrijdag hebben we alles opgeruimd, de koffers gepakt en de boot terug genomen. "
        + $"Een speciaal woord van dank aan {Pupil(roster, 3)}, die elke avond hielp met afwassen, en aan alle ouders "
        + "die hebben gereden en gekookt. Zonder jullie was dit kamp niet mogelijk geweest. De foto's komen volgende "
        + "week in de schoolapp te staan, alleen van de kinderen van wie we toestemming hebben. Zijn er nog vragen "
        + "over de kampweek, over spullen die zijn achtergebleven of over de kosten? Mail dan naar "
        + "kamp.groep8@voorbeeldschool.nl of bel me op 06-87654321 na half vier. Maandag gaan we gewoon weer "
        + "verder met de les, en dan beginnen we ook met de voorbereiding van de musical aan het eind van het "
        + "schooljaar. Ik heb er zin in! Nog één keer: dank jullie wel voor een onvergetelijke week samen op het "
        + "eiland. Dit was mijn twaalfde kamp en het was een van de mooiste. Fijn weekend allemaal en tot maandag op school!";

    private static string Pupil(Roster roster, int index) =>
        roster.People.Where(p => p.Kind == PersonKind.Pupil).ElementAt(index).FullName;
}

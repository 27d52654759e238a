using Deelwijs.Core.Checks;
using Deelwijs.Core.Detectors.Language;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class TypoTests
{
    [Theory]
    [InlineData("wat een kankre dag", "kankre")]
    [InlineData("wat een kanekr dag", "kanekr")]
    [InlineData("wat een kankr dag", "kankr")]
    [InlineData("wat een kankker dag", "kankker")]
    [InlineData("wat een Kamker dag", "Kamker")]
    [InlineData("wat een KANKRE dag", "KANKRE")]
    [InlineData("wat een kaaankre dag", "kaaankre")]
    public void MistypedCurse_IsFoundWithItsOriginalSpan(string text, string excerpt)
    {
        var finding = Assert.Single(LanguageCheck.Findings(text));

        Assert.Equal(FindingKinds.Profanity, finding.Kind);
        Assert.Equal(excerpt, finding.Excerpt);
    }

    [Theory]
    [InlineData("Je bent een sukekl")]
    [InlineData("Wat een klootzka ben jij")]
    public void MistypedInsult_IsInsult(string text) => Assert.Contains(FindingKinds.Insult, LanguageCheck.Kinds(text));

    [Theory]
    [InlineData("Ik haat alle mosliims")]
    [InlineData("Ik haat alle mslims")]
    [InlineData("Ik haat alle vrouwne")]
    [InlineData("Alle immigranten zijn ongedeirte")]
    [InlineData("Er is niets erger dan een trnsgender")]
    public void MistypedGroupOrHateWord_IsDiscrimination(string text) =>
        Assert.Contains(FindingKinds.Discrimination, LanguageCheck.Kinds(text));

    [Fact]
    public void MistypedViolentVerb_IsThreat() =>
        Assert.Contains(FindingKinds.Threat, LanguageCheck.Kinds("Ik ga je vermoodren"));

    [Theory]
    [InlineData("Het anker van de boot ligt op de bodem.")]
    [InlineData("De tanker voer de haven binnen.")]
    [InlineData("Mijn oom is banker in Amsterdam.")]
    [InlineData("Ze bleef haar man altijd trouw.")]
    [InlineData("De boeren en de heren van het dorp.")]
    [InlineData("De goden van de Grieken en de Romeinen.")]
    [InlineData("Zij is een echte jodin uit Antwerpen.")]
    [InlineData("We hebben een hoed gekocht voor de boer.")]
    [InlineData("Met regard to the planning: alles loopt op schema.")]
    [InlineData("Vandaag speelden we tennis en daarna gingen we naar huis.")]
    [InlineData("Het bakken van koekjes in de klas was leuk.")]
    [InlineData("De zwakte van het plan is de planning.")]
    public void OrdinaryWordOneLetterAway_IsNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));

    [Theory]
    [InlineData("Ik haat het weer.")]
    [InlineData("Mijn vrow is jarig.")]
    public void TypoWithoutAnythingOffensive_IsNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));

    [Theory]
    [InlineData("kanker", false)]
    [InlineData("kankre", true)]
    [InlineData("kanekr", true)]
    [InlineData("kankr", true)]
    [InlineData("kankerr", true)]
    [InlineData("kamker", true)]
    [InlineData("akanker", false)]
    [InlineData("ankre", false)]
    [InlineData("anker", false)]
    [InlineData("kakre", false)]
    [InlineData("kankerss", false)]
    public void TryCorrect_OneEditKeepingTheFirstLetter(string word, bool corrected)
    {
        var index = new TypoIndex(["kanker", "moslims"], ["anker"]);

        var found = index.MayBeTypo(word) && index.TryCorrect(word, out var correction) && correction == "kanker";

        Assert.Equal(corrected, found);
    }

    [Fact]
    public void TryCorrect_AgreesWithNaiveEditDistance()
    {
        string[] vocabulary = ["kanker", "moslims", "vrouwen", "ongedierte", "zwart"];
        var index = new TypoIndex(vocabulary, []);
        var random = new Random(7);
        const string letters = "aeiouknrstlmvzw";
        for (var n = 0; n < 5000; n++)
        {
            var source = vocabulary[random.Next(vocabulary.Length)].ToCharArray().ToList();
            for (var edits = random.Next(0, 3); edits > 0; edits--)
            {
                var at = random.Next(source.Count);
                switch (random.Next(4))
                {
                    case 0 when source.Count > 1: source.RemoveAt(at); break;
                    case 1: source.Insert(at, letters[random.Next(letters.Length)]); break;
                    case 2: source[at] = letters[random.Next(letters.Length)]; break;
                    default:
                        if (at + 1 < source.Count)
                        {
                            (source[at], source[at + 1]) = (source[at + 1], source[at]);
                        }

                        break;
                }
            }

            var word = new string([.. source]);
            var expected = vocabulary.FirstOrDefault(v => word != v && word.Length >= 4 && word[0] == v[0] && Distance(word, v) == 1);
            var found = index.MayBeTypo(word) && index.TryCorrect(word, out var correction) ? correction : null;

            Assert.True((expected is null) == (found is null), $"{word}: expected {expected}, found {found}");
            if (found is not null)
            {
                Assert.Equal(1, Distance(word, found));
            }
        }
    }

    /// <summary>Optimal string alignment distance: inserts, deletes, changes and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

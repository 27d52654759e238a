using Deelwijs.Core.Detectors.Names;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.SpecialCategory;

/// <summary>
/// Decides whether a sensitive word is about a particular person: a roster name, "hij/zij heeft",
/// "onze leerling met", "bij hem is", "zijn/haar ...", or a capitalised name right before a verb
/// ("Sanne heeft ADHD"). General sentences ("voorlichting over autisme", "Week van de dyslexie",
/// "onze leerlingen met dyslexie") and the author about themselves ("ik heb ADHD") are not.
/// </summary>
internal sealed class PersonReferences(RosterNames names)
{
    private const int Window = 7;

    private static readonly WordTable<PersonWord> Words = new(
        Lexicons.Read("SpecialCategory/person-words")
            .GroupBy(row => row[0], StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Aggregate(PersonWord.None, (all, row) => all | Parse(row[1])))));

    /// <summary>
    /// Strict: the person must be linked to the word by a verb or "met" ("Sanne heeft ADHD", "onze leerling met autisme").
    /// </summary>
    public bool IsAbout(DetectionContext context, int term, int termLength)
    {
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        var after = term + termLength;
        var linked = after < tokens.Length && Is(context, after, PersonWord.Verb) && Sentences.Same(text, tokens, term, after);
        if (term > 0 && Word(context, term - 1) is "zijn" or "haar")
        {
            // "haar epilepsie": the possessive is the person.
            return true;
        }

        // "onze leerling met autisme": "met" links the person before it.
        linked |= term > 0 && Word(context, term - 1) is "met";

        for (var j = term - 1; j >= 0 && term - j <= Window && Sentences.Same(text, tokens, j, term); j--)
        {
            var kind = Kind(context, j);
            var determinerOfNoun = (kind & PersonWord.Determiner) != 0 && j + 1 < term && Is(context, j + 1, PersonWord.Noun);
            if ((kind & PersonWord.Blocker) != 0 && !determinerOfNoun)
            {
                return false;
            }

            linked |= (kind & PersonWord.Verb) != 0;
            if (linked && StartsReference(context, j, term, kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Loose: someone is named or pointed at anywhere near the word in the same sentence ("het OPP van Sanne").</summary>
    public bool IsNear(DetectionContext context, int term, int termLength)
    {
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        var from = Math.Max(0, term - Window);
        var to = Math.Min(tokens.Length - 1, term + termLength + Window);
        for (var j = from; j <= to; j++)
        {
            if (j >= term && j < term + termLength)
            {
                continue;
            }

            if (!Sentences.Same(text, tokens, j, term))
            {
                continue;
            }

            if (PointsAtPerson(context, j, term, termLength))
            {
                return true;
            }
        }

        return false;
    }

    private bool PointsAtPerson(DetectionContext context, int j, int term, int termLength)
    {
        var tokens = context.Tokens;
        var word = Word(context, j);
        if (word is "hij" or "hem" || (j + 1 == term && word is "zijn" or "haar"))
        {
            return true;
        }

        // "Pieter kreeg een 4": a capitalised name right before a verb.
        if (j + 1 < tokens.Length && IsNameLike(context, j) && Is(context, j + 1, PersonWord.Verb))
        {
            return true;
        }

        // "van Sanne" right after the word: "het OPP van Sanne".
        if (j == term + termLength && word is "van" && j + 1 < tokens.Length && IsNameLike(context, j + 1))
        {
            return true;
        }

        if (j + 1 < tokens.Length && Is(context, j + 1, PersonWord.Noun) && word is "mijn" or "onze" or "ons" or "zijn" or "haar" or "jouw")
        {
            return true;
        }

        return names.MatchAt(context.Text, context.Folded, tokens, j, out _) > 0;
    }

    private bool StartsReference(DetectionContext context, int j, int term, PersonWord kind)
    {
        var tokens = context.Tokens;
        if ((kind & PersonWord.Pronoun) != 0)
        {
            return true;
        }

        if ((kind & PersonWord.Object) != 0 && j > 0 && Word(context, j - 1) is "bij")
        {
            return true;
        }

        if ((kind & PersonWord.Noun) != 0 && j > 0 && Is(context, j - 1, PersonWord.Determiner))
        {
            return true;
        }

        var length = names.MatchAt(context.Text, context.Folded, tokens, j, out _);
        if (length > 0 && j + length <= term)
        {
            return true;
        }

        // Without the roster: a capitalised word right before the verb or "met" is most likely a name.
        return IsNameLike(context, j) && j + 1 < term && (Is(context, j + 1, PersonWord.Verb) || Word(context, j + 1) is "met");
    }

    private static bool IsNameLike(DetectionContext context, int j)
    {
        var token = context.Tokens[j];
        return token.Shape == (TokenShape.Letters | TokenShape.Capitalized) && token.Length >= 2
            && (Kind(context, j) & (PersonWord.Function | PersonWord.Pronoun | PersonWord.Determiner | PersonWord.Blocker | PersonWord.Noun)) == 0;
    }

    private static bool Is(DetectionContext context, int j, PersonWord kind) => (Kind(context, j) & kind) != 0;

    private static PersonWord Kind(DetectionContext context, int j) =>
        Words.TryGetValue(Word(context, j), out var kind) ? kind : PersonWord.None;

    private static ReadOnlySpan<char> Word(DetectionContext context, int j) => context.FoldedWord(context.Tokens[j]);

    private static PersonWord Parse(string role) => role switch
    {
        "pronoun" => PersonWord.Pronoun,
        "object" => PersonWord.Object,
        "determiner" => PersonWord.Determiner,
        "noun" => PersonWord.Noun,
        "verb" => PersonWord.Verb,
        "blocker" => PersonWord.Blocker,
        "function" => PersonWord.Function,
        _ => throw new InvalidOperationException($"Unknown role '{role}' in person-words.tsv."),
    };
}

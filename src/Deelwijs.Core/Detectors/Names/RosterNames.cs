using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Deelwijs.Core.Rosters;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>
/// The names of a roster, indexed once: full names (any case), first names that only one person has, and
/// last or first names after a title ("juf Van der Berg"). Shared by every detector that needs to know
/// whether a word is a person of the school; built once per roster.
/// </summary>
internal sealed class RosterNames
{
    // Lazy, because the detectors that share these names are built in parallel and should not each build them.
    private static readonly ConditionalWeakTable<Roster, Lazy<RosterNames>> Cache = [];

    private static readonly FrozenSet<string> CommonWords =
        Lexicons.Read("Names/common-words").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] TitleWords = ["meneer", "mevrouw", "mevr", "mw", "dhr", "de heer", "juf", "juffrouw", "meester", "mr", "dr", "familie", "fam"];

    private static readonly PhraseMatcher<bool> Titles = PhraseMatcher<bool>.Build(TitleWords.Select(t => (t, true)));

    private readonly WordFilter filter;
    private readonly PhraseMatcher<NameEntry> names;
    private readonly PhraseMatcher<NameEntry> titled;

    private RosterNames(Roster roster)
    {
        var people = roster.People
            .Where(p => !string.IsNullOrWhiteSpace(p.FirstName) && !string.IsNullOrWhiteSpace(p.LastName))
            .DistinctBy(p => CharFolding.Fold(p.FullName))
            .ToList();
        var firstNameCounts = people.CountBy(p => CharFolding.Fold(p.FirstName.Trim())).ToDictionary(StringComparer.Ordinal);

        var full = people.Select(p => (Phrase: p.FullName, Person: p, Form: NameForm.Full));
        var unique = people
            .Where(p => firstNameCounts[CharFolding.Fold(p.FirstName.Trim())] == 1)
            .Select(p => (Phrase: p.FirstName, Person: p, Form: NameForm.FirstName));
        names = Index(full.Concat(unique));

        var lastNames = people.Select(p => (Phrase: string.IsNullOrWhiteSpace(p.Tussenvoegsel) ? p.LastName : $"{p.Tussenvoegsel} {p.LastName}", Person: p, Form: NameForm.Titled));
        var firstNames = people.Select(p => (Phrase: p.FirstName, Person: p, Form: NameForm.Titled));
        titled = Index(lastNames.Concat(firstNames));
        IsEmpty = people.Count == 0;
        filter = WordFilter.ForPhrases(TitleWords.Concat(people.SelectMany(p => new[] { p.FirstName, p.Tussenvoegsel ?? p.LastName })), byLength: true);
    }

    public bool IsEmpty { get; }

    /// <summary>
    /// The words a name can start with: titles and the first words of names. A possessive ("Peters") shares its first
    /// three letters with the name, which <see cref="StartWordIndex"/> keys on.
    /// </summary>
    public IEnumerable<StartWord> StartWords => Titles.StartWords.Concat(names.StartWords);

    public static RosterNames For(Roster roster) => Cache.GetValue(roster, static r => new Lazy<RosterNames>(() => new RosterNames(r))).Value;

    /// <summary>The roster person named at token <paramref name="index"/>; returns how many tokens the name spans (0: none).</summary>
    public int MatchAt(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index, out NameHit hit)
    {
        hit = default;
        var token = tokens[index];
        if (IsEmpty || (token.Shape & (TokenShape.Digits | TokenShape.Symbols)) != 0)
        {
            return 0;
        }

        // Most words cannot start a name; the filter says so without a dictionary lookup.
        var word = folded.Slice(token.Start, token.Length);
        if (!filter.MayContain(word) && !(word.Length >= 4 && word[^1] == 's' && filter.MayContain(word[..^1])))
        {
            return 0;
        }

        var title = Titles.MatchAt(folded, tokens, index, out _);
        if (title > 0 && index + title < tokens.Length)
        {
            var afterTitle = titled.MatchAt(folded, tokens, index + title, out var entry);
            if (afterTitle > 0)
            {
                hit = new NameHit(entry.Person, entry.Kind, NameForm.Titled);
                return title + afterTitle;
            }
        }

        var length = names.MatchAt(folded, tokens, index, out var found);
        if (length == 0 && !Possessive(folded, token, out found))
        {
            return 0;
        }

        length = Math.Max(length, 1);
        if (found.Form == NameForm.FirstName && !LooksLikeName(text, tokens, index, found))
        {
            return 0;
        }

        hit = new NameHit(found.Person, found.Kind, found.Form);
        return length;
    }

    // Dutch writes "Peters fiets" without an apostrophe; "Sanne's" is split by the tokenizer already.
    private bool Possessive(ReadOnlySpan<char> folded, Token token, out NameEntry entry)
    {
        entry = null!;
        var word = folded.Slice(token.Start, token.Length);
        return (token.Shape & TokenShape.Capitalized) != 0 && word.Length >= 4 && word[^1] == 's'
            && names.TryMatchWord(word[..^1], out entry) && entry.Form == NameForm.FirstName;
    }

    private static bool LooksLikeName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, NameEntry entry)
    {
        var shape = tokens[index].Shape;
        var capital = (shape & TokenShape.Capitalized) != 0;
        if (entry.IsCommonWord)
        {
            // "Roos" the flower or "Bas" the instrument: only a capital inside a sentence makes it a name.
            return capital && (shape & TokenShape.Upper) == 0 && !Sentences.StartsAt(text, tokens, index);
        }

        // A short lower-case word ("tim", "bo") is too often something else; a longer one is the name written casually.
        return capital || tokens[index].Length >= 4;
    }

    private static PhraseMatcher<NameEntry> Index(IEnumerable<(string Phrase, Person Person, NameForm Form)> phrases)
    {
        var entries = phrases
            .GroupBy(p => (Key: CharFolding.Fold(p.Phrase.Trim()), p.Form))
            .Select(g =>
            {
                var first = g.First();
                var person = g.Skip(1).Any() ? null : first.Person;
                var common = first.Form == NameForm.FirstName && CommonWords.Contains(g.Key.Key);
                return (g.Key.Key, new NameEntry(person, first.Person.Kind, first.Form, common));
            });
        return PhraseMatcher<NameEntry>.Build(entries);
    }
}

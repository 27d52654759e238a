using System.Numerics;
using System.Runtime.CompilerServices;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// All language lexicons (words, groups, hate, threats, cues) merged into one phrase matcher, so each word of a
/// post costs one lookup. A phrase listed in several files gets all their roles.
/// </summary>
internal sealed class LanguageLexicon
{
    private const int OutlineBits = 16;

    private readonly LexEntry[] entries;

    // Offensive words and stems by length, to resolve masked words such as "k*nker" or "f**k".
    private readonly string[][] maskable;

    // For each first two letters, the lengths of the first words of all phrases: most words of a post are
    // ruled out by this one array read before any hashing.
    private readonly uint[] firstWords = new uint[28 * 28];

    // The outlines (first two letters, last letter, length) of the first words of offensive, group, hate and threat
    // phrases, as bits: "aan" and "door" share no outline with such a word and skip the lookup.
    private readonly ulong[] triggerWordOutlines = new ulong[1 << (OutlineBits - 6)];
    private readonly uint[] triggerStems = new uint[28 * 28];

    // Stems of three letters or more by their first three letters: "ka" alone lets every long "ka..." word through.
    // The bit set in front says which slots are used at all: 2.7 KB stays in the fastest cache, the 88 KB table does not.
    private readonly uint[] triggerStems3 = new uint[28 * 28 * 28];
    private readonly ulong[] triggerStems3Used = new ulong[((28 * 28 * 28) + 63) / 64];

    // Heads of offensive compounds ("-hoer", "-lullen"); per last three letters, the lengths of the heads that end in them.
    private readonly WordTable<int> heads;
    private readonly uint[] headEnds = new uint[28 * 28 * 28];
    private readonly ulong[] headEndsUsed = new ulong[((28 * 28 * 28) + 63) / 64];

    // Typos of words that are a finding on their own are looked for in every post; of group and hate words, only in
    // posts that already have a word that can lead to a finding, since they only count together.
    private readonly TypoIndex typos;
    private readonly TypoIndex contextTypos;

    private LanguageLexicon()
    {
        var builders = new Dictionary<string, LexEntryBuilder>(StringComparer.Ordinal);
        foreach (var row in Lexicons.Read("Language/words"))
        {
            var kind = row[1] == "ignore" ? WordKind.None : Enum.Parse<WordKind>(row[1], ignoreCase: true);
            var b = LexEntryBuilder.Get(builders, row[0]);
            b.Roles |= row[1] == "ignore" ? LexRole.Ignore : LexRole.Word;
            b.Kind = kind;
            b.Conditions |= LexEntryBuilder.ParseConditions(row, 2);
        }

        foreach (var row in Lexicons.Read("Language/groups"))
        {
            var b = LexEntryBuilder.Get(builders, row[0]);
            b.Roles |= LexRole.Group;
            b.Conditions |= LexEntryBuilder.ParseConditions(row, 1);
        }

        foreach (var row in Lexicons.Read("Language/hate"))
        {
            LexEntryBuilder.Get(builders, row[0]).Roles |= row[1] switch
            {
                "strong" => LexRole.HateStrong,
                "weak" => LexRole.HateWeak,
                "positive" => LexRole.HatePositive,
                _ => throw new InvalidOperationException($"Language/hate: unknown strength '{row[1]}'."),
            };
        }

        foreach (var row in Lexicons.Read("Language/threats"))
        {
            var b = LexEntryBuilder.Get(builders, row[0]);
            b.Roles |= row[1] == "verb" ? LexRole.ThreatVerb : LexRole.ThreatPhrase;
            b.Conditions |= LexEntryBuilder.ParseConditions(row, 2);
        }

        foreach (var row in Lexicons.Read("Language/cues"))
        {
            LexEntryBuilder.Get(builders, row[0]).Roles |= Enum.Parse<LexRole>(row[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        }

        var phrases = builders.Keys.ToArray();
        entries = phrases.Select(p => builders[p].ToEntry(p)).ToArray();
        Matcher = PhraseMatcher<int>.Build(phrases.Select((p, i) => (p, i)));
        TriggerStarts = [.. Matcher.StartWordsOf(i => entries[i].Is(LexRole.Trigger))];
        for (var i = 0; i < phrases.Length; i++)
        {
            var first = phrases[i].Split(' ', '\'')[0];
            var stem = first.TrimEnd('*');
            var lengths = first.EndsWith('*') ? uint.MaxValue << Math.Min(stem.Length, 31) : 1u << Math.Min(stem.Length, 31);
            firstWords[Slot(stem)] |= lengths;
            if (entries[i].Is(LexRole.Trigger) && first.EndsWith('*') && stem.Length >= 3)
            {
                triggerStems3[Slot3(stem)] |= lengths;
                Mark(triggerStems3Used, Slot3(stem));
            }
            else if (entries[i].Is(LexRole.Trigger) && first.EndsWith('*'))
            {
                triggerStems[Slot(stem)] |= lengths;
            }
            else if (entries[i].Is(LexRole.Trigger))
            {
                Mark(triggerWordOutlines, Outline(stem));
            }
        }

        var heads = phrases.Select((p, i) => (p, i)).Where(h => entries[h.i].Has(LexCondition.Head)).ToArray();
        this.heads = new(heads.Select(h => KeyValuePair.Create(h.p, h.i)));
        foreach (var (head, _) in heads)
        {
            if (head.Length is < 3 or > 31)
            {
                throw new InvalidOperationException($"Language/words: head '{head}' must have 3 to 31 letters.");
            }

            headEnds[EndSlot(head)] |= 1u << head.Length;
            Mark(headEndsUsed, EndSlot(head));
        }
        maskable = phrases
            .Select(p => p.TrimEnd('*'))
            .Where((p, i) => entries[i].Is(LexRole.Word) && p.Length >= 3 && !p.Contains(' ', StringComparison.Ordinal) && p.All(char.IsAsciiLetterLower))
            .GroupBy(p => p.Length)
            .Aggregate(new string[64][], (table, g) =>
            {
                if (g.Key < table.Length)
                {
                    table[g.Key] = [.. g];
                }

                return table;
            });
        var ordinary = phrases.SelectMany(Words).Concat(Lexicons.Read("Language/ordinary").Select(r => r[0])).ToArray();
        typos = new TypoIndex(TypoVocabulary(phrases, alone: true), ordinary);
        contextTypos = new TypoIndex(TypoVocabulary(phrases, alone: false), ordinary);
    }

    public static LanguageLexicon Shared { get; } = new();

    /// <summary>
    /// The words and stems (IsStem) that offensive, group, hate and threat phrases start with, as the phrase matcher reads
    /// them: a word that starts none of them can pass <see cref="MayTrigger"/> only by chance.
    /// </summary>
    public IReadOnlyList<StartWord> TriggerStarts { get; }

    public PhraseMatcher<int> Matcher { get; }

    public LexEntry this[int index] => entries[index];

    /// <summary>False when no phrase can start with <paramref name="word"/>; true means: look it up.</summary>
    public bool MayStart(ReadOnlySpan<char> word) =>
        word.Length > 0 && (firstWords[Slot(word)] & (1u << Math.Min(word.Length, 31))) != 0;

    /// <summary>False when no offensive, group, hate or threat phrase can start with <paramref name="word"/>.</summary>
    public bool MayTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        // Each letter's index is worked out once for the three tests.
        var n = word.Length;
        var length = 1u << Math.Min(n, 31);
        var slot = Slot(word);
        if ((triggerStems[slot] & length) != 0 || IsMarked(triggerWordOutlines, Outline(slot, Letter(word[n - 1]), n)))
        {
            return true;
        }

        if (n < 3)
        {
            return false;
        }

        var slot3 = Slot3(slot, word[2]);
        return IsMarked(triggerStems3Used, slot3) && (triggerStems3[slot3] & length) != 0;
    }

    /// <summary>
    /// True when <paramref name="word"/> can play no part in a finding: no word of any phrase, no compound, no typo of a
    /// word of the lexicon and no stretched letters. Such a word may stay as it is instead of being de-obfuscated.
    /// </summary>
    public bool IsInert(ReadOnlySpan<char> word) =>
        !Matcher.Knows(word) && MatchHead(word, out _) == 0 && !StretchedLetters.Has(word)
        && !TryCorrect(word, inContext: false, out _) && !TryCorrect(word, inContext: true, out _);

    /// <summary>The entry for one normalised word on its own, or null.</summary>
    public LexEntry? Word(ReadOnlySpan<char> word) => Matcher.TryMatchWord(word, out var index) ? entries[index] : null;

    /// <summary>
    /// The entry of an offensive head that <paramref name="word"/> ends in after at least three letters
    /// (twitterteven, moslimlullen); returns the head's length, or 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchHead(ReadOnlySpan<char> word, out int entry)
    {
        // Inlined, so the many short words and words with no head's ending cost no call.
        if (word.Length < 6)
        {
            entry = -1;
            return 0;
        }

        var end = EndSlot(word);
        if (!IsMarked(headEndsUsed, end))
        {
            entry = -1;
            return 0;
        }

        return MatchHead(word, end, out entry);
    }

    private int MatchHead(ReadOnlySpan<char> word, int end, out int entry)
    {
        // The lengths of the heads that end in the word's last three letters, no longer than the word minus three.
        var lengths = headEnds[end] & (uint.MaxValue >> Math.Max(0, 31 - (word.Length - 3)));
        while (lengths != 0)
        {
            var length = 31 - BitOperations.LeadingZeroCount(lengths);
            lengths &= ~(1u << length);
            if (heads.TryGetValue(word[^length..], out entry))
            {
                return length;
            }
        }

        entry = -1;
        return 0;
    }

    /// <summary>
    /// Fills in the masked letters ('*') of <paramref name="word"/> from an offensive word or stem of the lexicon
    /// that fits every visible letter; false when none fits or too little is visible to be sure.
    /// </summary>
    public bool TryUnmask(Span<char> word)
    {
        var visible = 0;
        foreach (var c in word)
        {
            visible += c == '*' ? 0 : 1;
        }

        // "f**k" is readable; "*****" or "b***" is a guess.
        if (visible < 2 || word[0] == '*' || visible * 2 < word.Length)
        {
            return false;
        }

        for (var length = Math.Min(word.Length, maskable.Length - 1); length >= 3; length--)
        {
            if (maskable[length] is not { } candidates || (length < word.Length && word[length..].Contains('*')))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (Fits(word[..length], candidate))
                {
                    candidate.AsSpan().CopyTo(word);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>False when <paramref name="word"/> is certainly no typo for <see cref="TryCorrect"/>; cheap enough for every word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeTypo(ReadOnlySpan<char> word, bool inContext) => (inContext ? contextTypos : typos).MayBeTypo(word);

    /// <summary>
    /// The word that <paramref name="word"/> is one typo away from ("kankre", "mslim"): with <paramref name="inContext"/>
    /// false only words that are a finding on their own (curses, insults, violent verbs), with true only group and
    /// hate words, which matter next to another such word. False for a word of the lexicon, an ordinary word or
    /// anything else.
    /// </summary>
    public bool TryCorrect(ReadOnlySpan<char> word, bool inContext, out string correction)
    {
        correction = "";
        var index = inContext ? contextTypos : typos;
        return index.MayBeTypo(word) && !Matcher.TryMatchWord(word, out _) && index.TryCorrect(word, out correction);
    }

    /// <summary>
    /// Words a typo may stand for: single-word curses, insults, slurs, groups, hateful and violent words, and the words
    /// of multi-word groups ("zwart persoon"); not prefixes, whose compounds are too varied to guess. Words that are a
    /// finding on their own (<paramref name="alone"/>) need six letters to be sure of; the others five.
    /// </summary>
    private IEnumerable<string> TypoVocabulary(string[] phrases, bool alone)
    {
        const LexRole roles = LexRole.Word | LexRole.Group | LexRole.Hate | LexRole.ThreatVerb | LexRole.InsultAdjective;
        var minLength = alone ? TypoIndex.MinWordLength + 1 : TypoIndex.MinWordLength;
        for (var i = 0; i < phrases.Length; i++)
        {
            var entry = entries[i];
            var words = Words(phrases[i]);
            if (!entry.Is(roles) || entry.Is(LexRole.Ignore) || entry.StemLength > 0 || (words.Length > 1 && !entry.Is(LexRole.Group))
                || alone != ((entry.Is(LexRole.Word) && !entry.Has(LexCondition.Directed | LexCondition.AfterDeterminer)) || entry.Is(LexRole.ThreatVerb)))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (word.Length >= minLength && word.All(char.IsAsciiLetterLower))
                {
                    yield return word;
                }
            }
        }
    }

    private static string[] Words(string phrase) => phrase.TrimEnd('*').Split(' ', '\'');

    private static bool Fits(ReadOnlySpan<char> masked, string candidate)
    {
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] != '*' && masked[i] != candidate[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Mark(ulong[] bits, int slot) => bits[slot >> 6] |= 1UL << slot;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarked(ulong[] bits, int slot) => (bits[slot >> 6] & (1UL << slot)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Outline(ReadOnlySpan<char> word) => Outline(Slot(word), Letter(word[^1]), word.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Outline(int slot, int last, int length)
    {
        var key = (uint)((((slot * 28) + last) * 32) + Math.Min(length, 31));
        return (int)(unchecked(key * 0x9E3779B1u) >> (32 - OutlineBits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> word) =>
        (Letter(word[0]) * 28) + (word.Length > 1 ? Letter(word[1]) : 27);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Letter(char c)
    {
        // The letters a to z give 0 to 25, anything else 26.
        var index = (uint)(c - 'a');
        return index < 26 ? (int)index : 26;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot3(ReadOnlySpan<char> word) => Slot3(Slot(word), word[2]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot3(int slot, char third) => (slot * 28) + Letter(third);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndSlot(ReadOnlySpan<char> word) => (((Letter(word[^3]) * 28) + Letter(word[^2])) * 28) + Letter(word[^1]);
}

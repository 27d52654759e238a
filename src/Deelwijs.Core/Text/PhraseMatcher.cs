using System.Numerics;

namespace Deelwijs.Core.Text;

/// <summary>
/// Finds phrases of one or more words at a token position, without allocating. A phrase whose last
/// word ends in '*' matches any word that starts with it (a Dutch compound: "kanker*" matches "kankerlijer").
/// An exact word beats a prefix, and a longer phrase beats a shorter one, so exceptions can be listed as phrases.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private const int MaxStemLength = 63;

    private readonly WordTable<Entry[]> exact;
    private readonly WordTable<Entry[]> prefixes;

    // Most words of a post are in no lexicon. These bit tables reject them in a few instructions, before any
    // hashing: one bit per (first, second, last letter, length) for whole words, and per first two letters
    // the lengths of the stems that start with them.
    private readonly ulong[] exactFilter = new ulong[1 << 10];
    private readonly ulong[] stemLengths = new ulong[1 << 12];
    private readonly WordSet laterWords;
    private readonly string[] laterStems;

    private PhraseMatcher(Dictionary<string, List<Entry>> exact, Dictionary<string, List<Entry>> prefixes)
    {
        this.exact = Freeze(exact);
        this.prefixes = Freeze(prefixes);
        var later = exact.Values.SelectMany(l => l).ToArray();
        laterWords = new(later.SelectMany(e => e.LastIsPrefix ? e.Rest[..^1] : e.Rest));
        laterStems = [.. later.Where(e => e.LastIsPrefix && e.Rest.Length > 0).Select(e => e.Rest[^1]).Distinct(StringComparer.Ordinal)];
        foreach (var word in exact.Keys)
        {
            var key = ExactKey(word);
            exactFilter[key >> 6] |= 1UL << (key & 63);
        }

        foreach (var stem in prefixes.Keys.Where(k => k.Length is >= 2 and <= MaxStemLength))
        {
            stemLengths[PairKey(stem)] |= 1UL << stem.Length;
        }
    }

    public int Count { get; private init; }

    /// <summary>The words a phrase can start with, with its second word when it has one.</summary>
    internal IEnumerable<StartWord> StartWords => StartWordsOf(_ => true);

    /// <summary>The start words (see <see cref="StartWords"/>) of the phrases whose value is <paramref name="wanted"/>.</summary>
    internal IEnumerable<StartWord> StartWordsOf(Func<T, bool> wanted) =>
        StartsIn(exact, wanted).Concat(StartsIn(prefixes, wanted).Select(s => s with { IsStem = true })).Distinct();

    public static PhraseMatcher<T> Build(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var exact = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var count = 0;
        Span<Token> tokens = stackalloc Token[64];
        foreach (var (phrase, value) in phrases)
        {
            var trimmed = phrase.Trim();
            var isPrefix = trimmed.EndsWith('*');
            var folded = CharFolding.Fold(isPrefix ? trimmed[..^1] : trimmed);
            var n = Tokenizer.Tokenize(folded, tokens);
            if (n == 0)
            {
                continue;
            }

            var words = new string[n];
            for (var i = 0; i < n; i++)
            {
                words[i] = folded.Substring(tokens[i].Start, tokens[i].Length);
            }

            var entry = new Entry(words[1..], isPrefix, value);
            var table = isPrefix && n == 1 ? prefixes : exact;
            if (!table.TryGetValue(words[0], out var list))
            {
                table[words[0]] = list = [];
            }

            list.Add(entry);
            count++;
        }

        return new PhraseMatcher<T>(exact, prefixes) { Count = count };
    }

    /// <summary>
    /// The longest phrase that starts at token <paramref name="index"/>; returns how many tokens it spans (0: none).
    /// </summary>
    public int MatchAt(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index, out T value)
    {
        var word = folded.Slice(tokens[index].Start, tokens[index].Length);
        var best = 0;
        value = default!;
        if (MayBeExact(word) && exact.TryGetValue(word, out var entries))
        {
            foreach (var entry in entries)
            {
                var span = entry.Matches(folded, tokens, index);
                if (span > best)
                {
                    best = span;
                    value = entry.Value;
                }
            }
        }

        return best > 0 ? best : MatchPrefix(word, out value);
    }

    /// <summary>True when <paramref name="word"/> can be any word of some phrase: its first, a later one or a compound of a stem.</summary>
    internal bool Knows(ReadOnlySpan<char> word)
    {
        if (exact.ContainsKey(word) || MatchPrefix(word, out _) > 0 || laterWords.Contains(word))
        {
            return true;
        }

        foreach (var stem in laterStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up one word on its own (after a caller's own normalisation, such as undoing leetspeak).</summary>
    public bool TryMatchWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (MayBeExact(word) && exact.TryGetValue(word, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Rest.Length == 0)
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        return MatchPrefix(word, out value) > 0;
    }

    private int MatchPrefix(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (word.Length < 2)
        {
            return 0;
        }

        var lengths = stemLengths[PairKey(word)];
        if (word.Length < MaxStemLength)
        {
            lengths &= (2UL << word.Length) - 1;
        }

        // Longest stem first, so "kankerhoer*" wins over "kanker*".
        while (lengths != 0)
        {
            var length = 63 - BitOperations.LeadingZeroCount(lengths);
            lengths &= ~(1UL << length);
            if (prefixes.TryGetValue(word[..length], out var entries))
            {
                value = entries[0].Value;
                return 1;
            }
        }

        return 0;
    }

    private bool MayBeExact(ReadOnlySpan<char> word)
    {
        var key = ExactKey(word);
        return (exactFilter[key >> 6] & (1UL << (key & 63))) != 0;
    }

    private static int ExactKey(ReadOnlySpan<char> word)
    {
        var second = word.Length > 1 ? word[1] : '\0';
        return ((word[0] * 7919) + (second * 131) + (word[^1] * 31) + word.Length) & 0xFFFF;
    }

    private static int PairKey(ReadOnlySpan<char> word) => ((word[0] * 131) + word[1]) & 0xFFF;

    private static IEnumerable<StartWord> StartsIn(WordTable<Entry[]> table, Func<T, bool> wanted) =>
        from key in table.Keys
        from entry in table.TryGetValue(key, out var entries) ? entries : []
        where wanted(entry.Value)
        select entry.Rest.Length == 0
            ? new StartWord(key, IsStem: false)
            : new StartWord(key, IsStem: false, entry.Rest[0], NextIsStem: entry.LastIsPrefix && entry.Rest.Length == 1);

    private static WordTable<Entry[]> Freeze(Dictionary<string, List<Entry>> table) =>
        new(table.Select(p => KeyValuePair.Create(p.Key, p.Value.OrderByDescending(e => e.Rest.Length).ToArray())));

    private sealed record Entry(string[] Rest, bool LastIsPrefix, T Value)
    {
        public int Matches(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index)
        {
            if (index + Rest.Length >= tokens.Length)
            {
                return 0;
            }

            for (var i = 0; i < Rest.Length; i++)
            {
                var token = tokens[index + 1 + i];

                // Common first words ("een") start many phrases: most are ruled out by the next word's first letter.
                if (folded[token.Start] != Rest[i][0])
                {
                    return 0;
                }

                var word = folded.Slice(token.Start, token.Length);
                var isLast = i == Rest.Length - 1;
                var ok = isLast && LastIsPrefix ? word.StartsWith(Rest[i], StringComparison.Ordinal) : word.SequenceEqual(Rest[i]);
                if (!ok)
                {
                    return 0;
                }
            }

            return Rest.Length + 1;
        }
    }
}

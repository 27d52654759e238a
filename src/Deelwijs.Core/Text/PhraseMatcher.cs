using System.Collections.Frozen;

namespace Deelwijs.Core.Text;

/// <summary>
/// Finds phrases of one or more words at a token position, without allocating. A phrase whose last
/// word ends in '*' matches any word that starts with it (a Dutch compound: "kanker*" matches "kankerlijer").
/// An exact word beats a prefix, and a longer phrase beats a shorter one, so exceptions can be listed as phrases.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly int[] prefixLengths;
    private readonly FrozenSet<int> prefixStarts;

    private PhraseMatcher(Dictionary<string, List<Entry>> exact, Dictionary<string, List<Entry>> prefixes)
    {
        this.exact = Freeze(exact).GetAlternateLookup<ReadOnlySpan<char>>();
        this.prefixes = Freeze(prefixes).GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLengths = prefixes.Keys.Select(k => k.Length).Distinct().Order().ToArray();
        prefixStarts = prefixes.Keys.Select(k => Pack(k)).ToFrozenSet();
    }

    public int Count { get; private init; }

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
        if (exact.TryGetValue(word, out var entries))
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

        if (best > 0 || prefixLengths.Length == 0 || word.Length < 2 || !prefixStarts.Contains(Pack(word)))
        {
            return best;
        }

        return MatchPrefix(word, out value);
    }

    /// <summary>Looks up one word on its own (after a caller's own normalisation, such as undoing leetspeak).</summary>
    public bool TryMatchWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (exact.TryGetValue(word, out var entries))
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

        return word.Length >= 2 && prefixStarts.Contains(Pack(word)) && MatchPrefix(word, out value) > 0;
    }

    private int MatchPrefix(ReadOnlySpan<char> word, out T value)
    {
        // Longest stem first, so "kankerhoer*" would win over "kanker*".
        for (var i = prefixLengths.Length - 1; i >= 0; i--)
        {
            var length = prefixLengths[i];
            if (length <= word.Length && prefixes.TryGetValue(word[..length], out var entries))
            {
                value = entries[0].Value;
                return 1;
            }
        }

        value = default!;
        return 0;
    }

    private static int Pack(ReadOnlySpan<char> word) => word.Length < 2 ? word[0] : (word[0] << 16) | word[1];

    private static FrozenDictionary<string, Entry[]> Freeze(Dictionary<string, List<Entry>> table) =>
        table.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Rest.Length).ToArray(), StringComparer.Ordinal);

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

namespace Deelwijs.Core.Text;

/// <summary>A read-only set of words, looked up by a span; see <see cref="WordTable{TValue}"/>.</summary>
internal sealed class WordSet(IEnumerable<string> words)
{
    private readonly WordTable<bool> table = new(words.Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));

    public int Count => table.Count;

    public bool Contains(ReadOnlySpan<char> word) => table.ContainsKey(word);
}

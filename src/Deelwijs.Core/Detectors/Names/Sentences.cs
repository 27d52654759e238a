using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>Cheap sentence boundaries between tokens: a '.', '!', '?', ':' or line break in the gap.</summary>
internal static class Sentences
{
    /// <summary>True when token <paramref name="index"/> opens the text or a sentence.</summary>
    public static bool StartsAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index) =>
        index == 0 || HasBoundary(text[tokens[index - 1].End..tokens[index].Start]);

    /// <summary>True when no sentence boundary lies between tokens <paramref name="from"/> and <paramref name="to"/> (in either order).</summary>
    public static bool Same(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var (a, b) = from <= to ? (from, to) : (to, from);
        for (var i = a; i < b; i++)
        {
            if (HasBoundary(text[tokens[i].End..tokens[i + 1].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBoundary(ReadOnlySpan<char> gap) => gap.IndexOfAny(".!?:\n") >= 0;
}

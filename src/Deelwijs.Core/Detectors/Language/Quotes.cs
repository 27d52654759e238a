namespace Deelwijs.Core.Detectors.Language;

/// <summary>Tracks whether a word stands between quotation marks, from the characters between it and the word before.</summary>
internal static class Quotes
{
    /// <summary>
    /// The quotation state after <paramref name="gap"/>. An apostrophe alone between two words (zo'n) is no quotation
    /// mark, nor one right before the short forms 's, 't, 'n and 'k (<paramref name="nextIsSingleLetter"/>).
    /// </summary>
    public static bool After(ReadOnlySpan<char> gap, bool quoted, bool nextIsSingleLetter)
    {
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c is '„' or '«')
            {
                quoted = true;
            }
            else if (c is '”' or '»')
            {
                quoted = false;
            }
            else if (c is '"' or '“')
            {
                quoted = !quoted;
            }
            else if (c is '\'' or '‘' or '’' && gap.Length > 1 && !(nextIsSingleLetter && i == gap.Length - 1))
            {
                quoted = c == '‘' || (c != '’' && !quoted);
            }
        }

        return quoted;
    }
}

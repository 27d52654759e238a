using System.Buffers;

namespace Deelwijs.Core.Detectors.Email;

/// <summary>Finds the e-mail address around an '@' by walking out from it (a regex around '@' cannot start its search cheaply).</summary>
internal static class EmailAddresses
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The span of the address whose '@' is at <paramref name="at"/>; false when there is none.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        start = at;
        while (start > 0 && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        // A local part neither starts nor ends with a dot.
        while (start < at && text[start] == '.')
        {
            start++;
        }

        end = at + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.'))
        {
            end++;
        }

        // The sentence's full stop or a dash after the address is not part of it.
        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        if (start == at || text[at - 1] == '.' || end == at + 1)
        {
            return false;
        }

        var domain = text[(at + 1)..end];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && domain.Length - dot - 1 >= 2 && !domain[(dot + 1)..].ContainsAnyExcept(Letters) && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}

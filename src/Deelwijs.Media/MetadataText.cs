namespace Deelwijs.Media;

/// <summary>Tidies a text value from metadata: no padding, no NUL separators, null when nothing is left.</summary>
internal static class MetadataText
{
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var words = value.Split([' ', '\0', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }
}

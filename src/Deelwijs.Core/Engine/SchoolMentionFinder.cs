using Deelwijs.Core.Text;

namespace Deelwijs.Core.Engine;

/// <summary>
/// Recognises a mention of the school by any of its names or aliases. An acronym (SSOE, ASKO) matches in any
/// case; other names need a capital somewhere ("De Regenboog", "de Regenboog"), so "de regenboog na de bui" is no mention.
/// </summary>
internal sealed class SchoolMentionFinder(IEnumerable<string> names)
{
    /// <summary>The bit of the school's names in the engine's <see cref="StartWordIndex"/>.</summary>
    public const int StartBit = 0;
    public const ushort StartMask = 1 << StartBit;

    private readonly PhraseMatcher<string> matcher = PhraseMatcher<string>.Build(names.Select(n => (n, n)));

    public IEnumerable<StartWord> StartWords => matcher.StartWords;

    /// <summary>The first mention of the school in the post, with the name as the protocol (or --school-name) spells it.</summary>
    public SchoolMentionSpan? FindFirst(DetectionContext context)
    {
        if (!context.MaySchoolNameStartAnywhere)
        {
            return null;
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (context.MaySchoolNameStartAt(i) && MatchAt(context, i, out var name) is var n and > 0)
            {
                return new SchoolMentionSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start, name);
            }
        }

        return null;
    }

    /// <summary>True when a mention of the school starts within <paramref name="window"/> words of token <paramref name="index"/>.</summary>
    public bool IsMentionedNear(DetectionContext context, int index, int window)
    {
        var last = Math.Min(context.Tokens.Length - 1, index + window);
        for (var i = Math.Max(0, index - window); i <= last; i++)
        {
            if (context.MaySchoolNameStartAt(i) && MatchAt(context, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private int MatchAt(DetectionContext context, int index, out string name)
    {
        var tokens = context.Tokens;
        var n = matcher.MatchAt(context.Folded, tokens, index, out name);
        if (n == 0 || IsAcronym(name))
        {
            return n;
        }

        for (var i = index; i < index + n; i++)
        {
            if ((tokens[i].Shape & TokenShape.Capitalized) != 0)
            {
                return n;
            }
        }

        return 0;
    }

    private static bool IsAcronym(string name) => name.Length >= 2 && !name.Any(char.IsLower);
}

/// <summary>Where the school is named in a post, and the name as the protocol spells it.</summary>
public readonly record struct SchoolMentionSpan(int Start, int Length, string Name);

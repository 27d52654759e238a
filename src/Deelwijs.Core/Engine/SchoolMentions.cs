using Deelwijs.Core.Text;

namespace Deelwijs.Core.Engine;

/// <summary>Recognises a mention of the school by any of its names or aliases, in any case.</summary>
internal sealed class SchoolMentions(IEnumerable<string> names)
{
    private readonly PhraseMatcher<bool> matcher = PhraseMatcher<bool>.Build(names.Select(n => (n, true)));

    public bool IsMentioned(DetectionContext context) => !Find(context).Equals(default(Range));

    /// <summary>The span of the first mention, or <c>default</c> when there is none.</summary>
    public Range Find(DetectionContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var n = matcher.MatchAt(context.Folded, tokens, i, out _);
            if (n > 0)
            {
                return tokens[i].Start..tokens[i + n - 1].End;
            }
        }

        return default;
    }
}

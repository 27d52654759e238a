using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Hate against a group: a group of people (or a pronoun for a group named earlier) together with a hateful
/// predicate — an emotion (haat, walg van), dehumanising (ongedierte), exclusion (horen hier niet), a negative
/// trait said of the whole group (zijn allemaal dom) or a denied good (hebben geen recht om te leven).
/// Not when negated ("ik haat vrouwen niet"), nor in counter-speech ("zeggen dat ... is discriminatie").
/// </summary>
internal static class GroupHateRule
{
    public static void Apply(DetectionContext context, in HitSet set)
    {
        if (!set.AnyGroup())
        {
            return;
        }

        foreach (var hit in set.All)
        {
            var entry = set.Entry(hit);
            var insult = entry.Is(LexRole.Word) && entry.Kind == WordKind.Insult;
            if ((!entry.Is(LexRole.Hate) && !insult) || set.InSentence(LexRole.Counter | LexRole.Report, hit))
            {
                continue;
            }

            // A trait or an insult only speaks of the group when said of it in the same clause, as a generalisation.
            var strict = !entry.Is(LexRole.HateStrong | LexRole.HatePositive);
            var target = set.FindGroup(hit, sameSentenceOnly: !strict);
            if (target < 0)
            {
                target = set.Find(LexRole.Plural, hit, sameSentenceOnly: !strict);
            }

            if (target < 0 || (strict && !set.InClause(LexRole.Generic, hit)) || !Polarity(set, hit, entry))
            {
                continue;
            }

            var other = set.All[target];
            var start = Math.Min(set.Start(hit), set.Start(other));
            var end = Math.Max(set.End(hit), set.End(other));
            context.Report(FindingKinds.Discrimination, start, end - start,
                LanguageMessages.GroupHate.Message, LanguageMessages.GroupHate.Suggestion);
        }
    }

    /// <summary>A negative predicate counts when not negated; a positive one ("recht om te leven") only when it is.</summary>
    private static bool Polarity(in HitSet set, Hit hit, LexEntry entry)
    {
        if (entry.Is(LexRole.HatePositive) && !entry.Is(LexRole.HateStrong | LexRole.HateWeak))
        {
            return set.InClause(LexRole.Negation, hit, int.MinValue, hit.End + 1);
        }

        return !set.InClause(LexRole.Negation, hit);
    }
}

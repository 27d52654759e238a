using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Threats: fixed threatening phrases ("ik maak je af", "ik weet waar je woont"), and violent verbs aimed at a
/// person or group in the same clause ("ik ga je vermoorden", "alle X moeten worden gedood"). Not when negated
/// or when the sentence rejects such talk ("zeggen dat je iemand wilt vermoorden is strafbaar").
/// </summary>
internal static class ThreatRule
{
    public static void Apply(DetectionContext context, in HitSet set)
    {
        foreach (var hit in set.All)
        {
            var entry = set.Entry(hit);
            // A fixed phrase is only undone by a negation right before it ("nee, ik maak je niet af" has none).
            var negated = entry.Is(LexRole.ThreatPhrase)
                ? set.InClause(LexRole.Negation, hit, hit.Word - 3, hit.Word - 1)
                : set.InClause(LexRole.Negation, hit);
            if (!entry.Is(LexRole.ThreatVerb | LexRole.ThreatPhrase) || negated || set.InSentence(LexRole.Counter | LexRole.Report, hit))
            {
                continue;
            }

            var group = set.FindGroup(hit, sameSentenceOnly: false);
            var target = group >= 0 ? group : set.Find(LexRole.Target, hit, sameSentenceOnly: false);
            if (!entry.Is(LexRole.ThreatPhrase)
                && (target < 0 || (entry.Has(LexCondition.NeedsModal) && !set.InClause(LexRole.Modal, hit))))
            {
                continue;
            }

            var start = set.Start(hit);
            var end = set.End(hit);
            if (target >= 0)
            {
                start = Math.Min(start, set.Start(set.All[target]));
                end = Math.Max(end, set.End(set.All[target]));
            }

            context.Report(FindingKinds.Threat, start, end - start, LanguageMessages.Threat.Message, LanguageMessages.Threat.Suggestion);
            if (group >= 0)
            {
                context.Report(FindingKinds.Discrimination, start, end - start,
                    LanguageMessages.GroupHate.Message, LanguageMessages.GroupHate.Suggestion);
            }
        }
    }
}

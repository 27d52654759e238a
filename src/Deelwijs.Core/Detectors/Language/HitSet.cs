using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>The phrases found in one post, with the questions the rules ask about their neighbourhood.</summary>
internal readonly ref struct HitSet(ReadOnlySpan<Hit> hits, LanguageLexicon lexicon, ReadOnlySpan<Token> source)
{
    private readonly ReadOnlySpan<Hit> hits = hits;
    private readonly ReadOnlySpan<Token> source = source;

    public ReadOnlySpan<Hit> All => hits;

    public LanguageLexicon Lexicon { get; } = lexicon;

    public LexEntry Entry(Hit hit) => Lexicon[hit.Entry];

    public int Start(Hit hit) => source[hit.Word].Start;

    public int End(Hit hit) => source[hit.End - 1].End;

    /// <summary>True when a phrase with <paramref name="role"/> ends or starts within words [from, to] of the same clause.</summary>
    public bool InClause(LexRole role, Hit near, int from = int.MinValue, int to = int.MaxValue) =>
        Find(role, near, sameSentenceOnly: false, from, to) >= 0;

    /// <summary>True when a phrase with <paramref name="role"/> stands anywhere in the same sentence within words [from, to].</summary>
    public bool InSentence(LexRole role, Hit near, int from = int.MinValue, int to = int.MaxValue) =>
        Find(role, near, sameSentenceOnly: true, from, to) >= 0;

    /// <summary>The index of the nearest phrase with <paramref name="role"/> in the clause (or sentence) of <paramref name="near"/>; -1 if none.</summary>
    public int Find(LexRole role, Hit near, bool sameSentenceOnly, int from = int.MinValue, int to = int.MaxValue)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < hits.Length; i++)
        {
            var h = hits[i];
            if (h.Word == near.Word || !Lexicon[h.Entry].Is(role) || h.Sentence != near.Sentence
                || (!sameSentenceOnly && h.Clause != near.Clause) || h.End - 1 < from || h.Word > to)
            {
                continue;
            }

            var distance = Math.Abs(h.Word - near.Word);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when a phrase with <paramref name="role"/> stands outside quotation marks in the sentence of <paramref name="near"/>.</summary>
    public bool Unquoted(LexRole role, Hit near)
    {
        foreach (var h in hits)
        {
            if (h.Sentence == near.Sentence && !h.Quoted && Lexicon[h.Entry].Is(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word right before <paramref name="hit"/> is a number.</summary>
    public bool AfterNumber(Hit hit) => hit.Word > 0 && (source[hit.Word - 1].Shape & TokenShape.Digits) != 0;

    /// <summary>True when a phrase with <paramref name="role"/> ends right before <paramref name="hit"/>.</summary>
    public bool Before(LexRole role, Hit hit)
    {
        foreach (var h in hits)
        {
            if (h.End == hit.Word && h.Sentence == hit.Sentence && Lexicon[h.Entry].Is(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase at <paramref name="hit"/> names a group of people (a singular only after een/geen/elke).</summary>
    public bool IsGroup(Hit hit)
    {
        var entry = Lexicon[hit.Entry];
        return entry.Is(LexRole.Group) && (!entry.Has(LexCondition.Singular) || Before(LexRole.Indefinite, hit));
    }

    /// <summary>True when the post names a group of people anywhere.</summary>
    public bool AnyGroup()
    {
        foreach (var h in hits)
        {
            if (IsGroup(h))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest group word in the clause (or sentence) of <paramref name="near"/>; -1 if none.</summary>
    public int FindGroup(Hit near, bool sameSentenceOnly)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < hits.Length; i++)
        {
            var h = hits[i];
            if (h.Word == near.Word || h.Sentence != near.Sentence || (!sameSentenceOnly && h.Clause != near.Clause) || !IsGroup(h))
            {
                continue;
            }

            var distance = Math.Abs(h.Word - near.Word);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }
}

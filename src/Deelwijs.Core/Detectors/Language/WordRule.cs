using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Offensive words on their own: curses, insults, slurs and sexual words, each only where its condition holds
/// (a disease word not about the illness, a mild insult only when aimed at someone) and not when the post
/// talks about the word itself ("het woord kanker").
/// </summary>
internal static class WordRule
{
    public static void Apply(DetectionContext context, in HitSet set, ReadOnlySpan<char> chars, ReadOnlySpan<Token> words)
    {
        foreach (var hit in set.All)
        {
            var entry = set.Entry(hit);
            if (entry.Is(LexRole.Word) && Counts(set, hit, entry))
            {
                var kind = KindOf(entry.Kind);
                var message = LanguageMessages.ForWord(entry);
                context.Report(kind, set.Start(hit), set.End(hit) - set.Start(hit), message.Message, message.Suggestion);
                var word = words[hit.Word];
                var compound = hit.Compound
                    ? IsGroup(set, chars.Slice(word.Start, word.Length - HeadLength(set, chars, word)))
                    : entry.StemLength > 0 && IsGroup(set, chars.Slice(word.Start + entry.StemLength, word.Length - entry.StemLength));
                if (compound)
                {
                    // "kankerjood", "kutmarokkanen": a curse welded to a group is a slur.
                    ReportSlur(context, set, hit, hit);
                }
            }

            if (entry.Is(LexRole.InsultAdjective) && !Meta(set, hit))
            {
                // "vuile joden", "domme vrouwen": an abusive adjective right before a group.
                foreach (var next in set.All)
                {
                    if (next.Word == hit.End && set.IsGroup(next))
                    {
                        ReportSlur(context, set, hit, next);
                    }
                }
            }
        }
    }

    public static string KindOf(WordKind kind) => kind switch
    {
        WordKind.Insult => FindingKinds.Insult,
        WordKind.Sexual => FindingKinds.Sexual,
        WordKind.Discrimination => FindingKinds.Discrimination,
        _ => FindingKinds.Profanity,
    };

    private static bool Counts(in HitSet set, Hit hit, LexEntry entry)
    {
        if (entry.Kind == WordKind.None || Meta(set, hit) || Mentioned(set, hit, entry))
        {
            return false;
        }

        // A compound is a noun and says what it means: "varkenskont" needs no article, "kankerlijer" no curse test.
        if (hit.Compound)
        {
            return true;
        }

        if (entry.Has(LexCondition.Disease) && set.InSentence(LexRole.Medical, hit, hit.Word - 3, hit.End + 2))
        {
            return false;
        }

        if (entry.Has(LexCondition.NotAfterNumber) && set.AfterNumber(hit))
        {
            return false;
        }

        if (entry.Has(LexCondition.Directed) && !Directed(set, hit, entry))
        {
            return false;
        }

        if (entry.Has(LexCondition.AfterDeterminer)
            && !set.Before(LexRole.Determiner | LexRole.Indefinite | LexRole.InsultAdjective | LexRole.SecondPerson, hit))
        {
            return false;
        }

        return !entry.Has(LexCondition.NotAfterDeterminer) || !set.Before(LexRole.Determiner, hit);
    }

    /// <summary>A mild word aimed at someone ("je bent echt dom"); a group word only as abuse ("vuile jood", "jij homo").</summary>
    private static bool Directed(in HitSet set, Hit hit, LexEntry entry)
    {
        if (entry.Kind == WordKind.Discrimination)
        {
            return set.Before(LexRole.InsultAdjective | LexRole.Vocative, hit);
        }

        var address = set.Find(LexRole.SecondPerson | LexRole.InsultAdjective, hit, sameSentenceOnly: false, hit.Word - 4, hit.Word - 1);
        return address >= 0 && !set.InClause(LexRole.Negation, hit, set.All[address].Word, hit.Word);
    }

    /// <summary>Talk about a word: "het woord kanker", or a quoted word in a sentence about words.</summary>
    private static bool Meta(in HitSet set, Hit hit) =>
        set.InSentence(LexRole.Meta, hit, hit.Word - 3, hit.End + 2) || (hit.Quoted && set.InSentence(LexRole.Meta, hit));

    /// <summary>
    /// An insult or slur that is mentioned rather than used: in a sentence that rejects it, outside any quotation
    /// ("het is niet acceptabel om me een X te noemen", "berichten zoals 'X' worden geblokkeerd"). Curses and
    /// sexual words stay visible in the post either way, so they still count.
    /// </summary>
    private static bool Mentioned(in HitSet set, Hit hit, LexEntry entry) =>
        entry.Kind is WordKind.Insult or WordKind.Discrimination && set.Unquoted(LexRole.Counter, hit);

    private static bool IsGroup(in HitSet set, ReadOnlySpan<char> part) =>
        part.Length > 2 && set.Lexicon.Word(part) is { } entry && entry.Is(LexRole.Group);

    private static int HeadLength(in HitSet set, ReadOnlySpan<char> chars, Token word) =>
        set.Lexicon.MatchHead(chars.Slice(word.Start, word.Length), out _);

    private static void ReportSlur(DetectionContext context, in HitSet set, Hit first, Hit last)
    {
        var start = set.Start(first);
        context.Report(FindingKinds.Discrimination, start, set.End(last) - start,
            LanguageMessages.Slur.Message, LanguageMessages.Slur.Suggestion);
    }
}

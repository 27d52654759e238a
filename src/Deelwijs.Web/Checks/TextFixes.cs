using System.Collections.Frozen;
using System.Text;
using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Checks;

/// <summary>The fixes that are plain text edits ("pas toe"): add a sentence, or take out the words a finding points at.</summary>
public static class TextFixes
{
    public const string DisclaimerSentence = "Dit is mijn persoonlijke mening, niet die van de school.";
    public const string AffiliationSentence = "Ik werk zelf op deze school.";

    private static readonly FrozenSet<string> Removable = new[]
    {
        FindingKinds.Phone, FindingKinds.Email, FindingKinds.Iban, FindingKinds.Bsn, FindingKinds.Address,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool CanApply(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind is FindingKinds.DisclaimerMissing or FindingKinds.AffiliationMissing
            || (Removable.Contains(finding.Kind) && finding.Start is not null && finding.Length > 0);
    }

    /// <summary>The words on the button, saying exactly what the fix does.</summary>
    public static string Describe(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind switch
        {
            FindingKinds.DisclaimerMissing => $"Zet deze zin erbij: \u201c{DisclaimerSentence}\u201d",
            FindingKinds.AffiliationMissing => $"Zet deze zin erbij: \u201c{AffiliationSentence}\u201d",
            _ => $"Haal \u201c{finding.Excerpt}\u201d weg",
        };
    }

    /// <summary>The edited text; throws when the finding has no text fix (check <see cref="CanApply"/> first).</summary>
    public static string Apply(string text, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!CanApply(finding))
        {
            throw new ArgumentException("Deze bevinding heeft geen tekstaanpassing.", nameof(finding));
        }

        return finding.Kind switch
        {
            FindingKinds.DisclaimerMissing => AddSentence(text, DisclaimerSentence),
            FindingKinds.AffiliationMissing => AddSentence(text, AffiliationSentence),
            _ => Remove(text, finding.Start!.Value, finding.Length!.Value),
        };
    }

    private static string AddSentence(string text, string sentence)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return sentence;
        }

        var end = trimmed[^1];
        var separator = end is '.' or '!' or '?' or '\u2026' ? " " : ". ";
        return trimmed + separator + sentence;
    }

    private static string Remove(string text, int start, int length)
    {
        var end = Math.Min(text.Length, start + length);
        start = Math.Clamp(start, 0, end);

        // Take one neighbouring space with it, so "bel 06-12345678 maar" becomes "bel maar", not "bel  maar".
        if (start > 0 && text[start - 1] == ' ' && (end == text.Length || text[end] is ' ' or '.' or ',' or '!' or '?' or ')' or ':' or ';'))
        {
            start--;
        }
        else if (start == 0 && end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return new StringBuilder(text.Length).Append(text, 0, start).Append(text, end, text.Length - end).ToString();
    }
}

using System.Collections.Frozen;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Engine;

/// <summary>One draft being checked: its text, folded text and words, and where detectors report what they find.</summary>
public sealed class DetectionContext
{
    private readonly FrozenDictionary<string, RuleBinding> bindings;
    private readonly char[] folded;
    private readonly Token[] tokens;
    private readonly int tokenCount;
    private readonly ushort[] starts;
    private readonly ushort anyStarts;
    private readonly SchoolMentionFinder schoolMentions;
    private SchoolMentionSpan? schoolMention;
    private bool schoolMentionKnown;

    internal DetectionContext(CheckRequest request, FrozenDictionary<string, RuleBinding> bindings,
        char[] folded, Token[] tokens, int tokenCount, int digits, ushort[] starts, ushort anyStarts, SchoolMentionFinder schoolMentions)
    {
        Request = request;
        Digits = digits;
        this.bindings = bindings;
        this.folded = folded;
        this.tokens = tokens;
        this.tokenCount = tokenCount;
        this.starts = starts;
        this.anyStarts = anyStarts;
        this.schoolMentions = schoolMentions;
    }

    public CheckRequest Request { get; }

    public string Text => Request.Text;

    /// <summary>The text in lower case without diacritics; same length and offsets as <see cref="Text"/>.</summary>
    public ReadOnlySpan<char> Folded => folded.AsSpan(0, Request.Text.Length);

    public ReadOnlySpan<Token> Tokens => tokens.AsSpan(0, tokenCount);

    internal List<Finding>? Findings { get; private set; }

    /// <summary>How many digits 0-9 the text has (counted by the tokenizer): a number needs a few, most posts have none.</summary>
    internal int Digits { get; }

    /// <summary>The start-word bit of the detector that runs now (see <see cref="IStartWordDetector"/>); set by the engine.</summary>
    internal ushort StartBit { private get; set; }

    /// <summary>False when none of the running detector's start words occurs in the post: it can find nothing.</summary>
    internal bool MayStartAnywhere => (anyStarts & StartBit) != 0;

    /// <summary>False when no phrase of the running detector can start at token <paramref name="index"/>.</summary>
    internal bool MayStartAt(int index) => (starts[index] & StartBit) != 0;

    /// <summary>False when no name of the school can start at token <paramref name="index"/>.</summary>
    internal bool MaySchoolNameStartAt(int index) => (starts[index] & SchoolMentionFinder.StartMask) != 0;

    /// <summary>False when no name of the school occurs in the post.</summary>
    internal bool MaySchoolNameStartAnywhere => (anyStarts & SchoolMentionFinder.StartMask) != 0;

    /// <summary>True when the post names the organisation or one of its schools.</summary>
    public bool SchoolMentioned => SchoolMention is not null;

    /// <summary>The first mention of the school (found once per check), or null.</summary>
    public SchoolMentionSpan? SchoolMention
    {
        get
        {
            if (!schoolMentionKnown)
            {
                schoolMention = schoolMentions.FindFirst(this);
                schoolMentionKnown = true;
            }

            return schoolMention;
        }
    }

    /// <summary>True when a mention of the school starts within <paramref name="window"/> words of token <paramref name="index"/>.</summary>
    public bool IsSchoolMentionedNear(int index, int window) => SchoolMentioned && schoolMentions.IsMentionedNear(this, index, window);

    /// <summary>The action the protocol gives this kind here, so a message can say "overleg" or "plaats het niet".</summary>
    public FindingAction? ActionFor(string kind) => bindings.TryGetValue(kind, out var binding) ? binding.Action : null;

    public ReadOnlySpan<char> FoldedWord(Token token) => folded.AsSpan(token.Start, token.Length);

    /// <summary>True when the protocol checks this kind for this author and situation.</summary>
    public bool IsActive(string kind) => bindings.ContainsKey(kind);

    public bool HasFinding(string kind) => Findings?.Exists(f => string.Equals(f.Kind, kind, StringComparison.Ordinal)) == true;

    /// <summary>Reports a finding about words in the text; ignored when the protocol does not check this kind here.</summary>
    public void Report(string kind, int start, int length, string message, string suggestion)
    {
        if (!bindings.TryGetValue(kind, out var binding) || Overlaps(kind, start, length))
        {
            return;
        }

        Findings ??= [];
        Findings.Add(new Finding(kind, binding.Action, binding.Rules, start, length, Text.Substring(start, length), message, suggestion));
    }

    /// <summary>Reports a finding about the post as a whole.</summary>
    public void ReportPost(string kind, string message, string suggestion)
    {
        if (!bindings.TryGetValue(kind, out var binding) || HasFinding(kind))
        {
            return;
        }

        Findings ??= [];
        Findings.Add(new Finding(kind, binding.Action, binding.Rules, null, null, null, message, suggestion));
    }

    /// <summary>Reports one of several findings of a kind about the post as a whole, such as one per depicted person.</summary>
    public void ReportPostEach(string kind, string message, string suggestion)
    {
        if (!bindings.TryGetValue(kind, out var binding)
            || Findings?.Exists(f => string.Equals(f.Kind, kind, StringComparison.Ordinal) && string.Equals(f.Message, message, StringComparison.Ordinal)) == true)
        {
            return;
        }

        Findings ??= [];
        Findings.Add(new Finding(kind, binding.Action, binding.Rules, null, null, null, message, suggestion));
    }

    private bool Overlaps(string kind, int start, int length) =>
        Findings?.Exists(f => string.Equals(f.Kind, kind, StringComparison.Ordinal)
            && f.Start < start + length && start < f.Start + f.Length) == true;
}

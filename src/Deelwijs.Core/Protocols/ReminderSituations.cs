using System.Collections.Frozen;

namespace Deelwijs.Core.Protocols;

/// <summary>The situations a reminder can be tied to in a protocol file.</summary>
public static class ReminderSituations
{
    public const string Always = "always";
    public const string SchoolMentioned = "school-mentioned";
    public const string Reply = "reply";
    public const string ReplyToPupil = "reply-to-pupil";
    public const string ReplyToParent = "reply-to-parent";
    public const string NegativeThread = "negative-thread";
    public const string OfficialAccount = "official-account";
    public const string PrivateAccount = "private-account";
    public const string FunctionalAccount = "functional-account";
    public const string DuringLesson = "during-lesson";
    public const string Findings = "findings";

    public static readonly FrozenSet<string> All = new[]
    {
        Always, SchoolMentioned, Reply, ReplyToPupil, ReplyToParent, NegativeThread,
        OfficialAccount, PrivateAccount, FunctionalAccount, DuringLesson, Findings,
    }.ToFrozenSet(StringComparer.Ordinal);
}

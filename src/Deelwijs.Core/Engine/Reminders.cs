using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>Picks the guidance reminders that fit the situation of a draft, from the rules that apply to its author.</summary>
internal static class Reminders
{
    [Flags]
    private enum Situation
    {
        None = 0,
        Always = 1 << 0,
        SchoolMentioned = 1 << 1,
        Reply = 1 << 2,
        ReplyToPupil = 1 << 3,
        ReplyToParent = 1 << 4,
        NegativeThread = 1 << 5,
        OfficialAccount = 1 << 6,
        PrivateAccount = 1 << 7,
        FunctionalAccount = 1 << 8,
        DuringLesson = 1 << 9,
        Findings = 1 << 10,
    }

    /// <summary>The situations of a reminder as bits, worked out once per engine; an unknown situation never holds.</summary>
    public static int SituationsOf(RuleReminder reminder) => (int)reminder.When.Aggregate(Situation.None, (all, s) => all | Parse(s));

    public static IReadOnlyList<Reminder> For((int Situations, Reminder Reminder)[] candidates, DetectionContext context, bool hasFindings)
    {
        List<Reminder>? reminders = null;
        var holding = Situation.None;
        for (var i = 0; i < candidates.Length; i++)
        {
            holding = i == 0 ? Holding(context.Request, hasFindings) : holding;
            var situations = (Situation)candidates[i].Situations;

            // Whether the school is named costs a search of the post: asked only when nothing else decides.
            if ((situations & holding) != 0 || ((situations & Situation.SchoolMentioned) != 0 && context.SchoolMentioned))
            {
                (reminders ??= []).Add(candidates[i].Reminder);
            }
        }

        return reminders ?? (IReadOnlyList<Reminder>)[];
    }

    /// <summary>The situations that hold for a draft, all but whether it names the school.</summary>
    private static Situation Holding(CheckRequest request, bool hasFindings) =>
        Situation.Always
        | (request.ReplyTo != ReplyTo.None ? Situation.Reply : 0)
        | (request.ReplyTo == ReplyTo.Pupil ? Situation.ReplyToPupil : 0)
        | (request.ReplyTo == ReplyTo.Parent ? Situation.ReplyToParent : 0)
        | (request.NegativeThread ? Situation.NegativeThread : 0)
        | (request.Channel is not (Channel.PrivateAccount or Channel.FunctionalAccount) ? Situation.OfficialAccount : 0)
        | (request.Channel == Channel.PrivateAccount ? Situation.PrivateAccount : 0)
        | (request.Channel == Channel.FunctionalAccount ? Situation.FunctionalAccount : 0)
        | (request.DuringLesson ? Situation.DuringLesson : 0)
        | (hasFindings ? Situation.Findings : 0);

    private static Situation Parse(string situation) => situation switch
    {
        ReminderSituations.Always => Situation.Always,
        ReminderSituations.SchoolMentioned => Situation.SchoolMentioned,
        ReminderSituations.Reply => Situation.Reply,
        ReminderSituations.ReplyToPupil => Situation.ReplyToPupil,
        ReminderSituations.ReplyToParent => Situation.ReplyToParent,
        ReminderSituations.NegativeThread => Situation.NegativeThread,
        ReminderSituations.OfficialAccount => Situation.OfficialAccount,
        ReminderSituations.PrivateAccount => Situation.PrivateAccount,
        ReminderSituations.FunctionalAccount => Situation.FunctionalAccount,
        ReminderSituations.DuringLesson => Situation.DuringLesson,
        ReminderSituations.Findings => Situation.Findings,
        _ => Situation.None,
    };
}

using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>Picks the guidance reminders that fit the situation of a draft, from the rules that apply to its author.</summary>
internal static class Reminders
{
    public static IReadOnlyList<Reminder> For((ProtocolRule Rule, Reminder Reminder)[] candidates, DetectionContext context, bool hasFindings)
    {
        List<Reminder>? reminders = null;
        foreach (var (rule, reminder) in candidates)
        {
            foreach (var situation in rule.Reminder!.When)
            {
                if (Holds(situation, context, hasFindings))
                {
                    (reminders ??= []).Add(reminder);
                    break;
                }
            }
        }

        return reminders ?? (IReadOnlyList<Reminder>)[];
    }

    private static bool Holds(string situation, DetectionContext context, bool hasFindings)
    {
        var request = context.Request;
        return situation switch
        {
            ReminderSituations.Always => true,
            ReminderSituations.SchoolMentioned => context.SchoolMentioned,
            ReminderSituations.Reply => request.ReplyTo != ReplyTo.None,
            ReminderSituations.ReplyToPupil => request.ReplyTo == ReplyTo.Pupil,
            ReminderSituations.ReplyToParent => request.ReplyTo == ReplyTo.Parent,
            ReminderSituations.NegativeThread => request.NegativeThread,
            ReminderSituations.OfficialAccount => request.Channel is not (Channel.PrivateAccount or Channel.FunctionalAccount),
            ReminderSituations.PrivateAccount => request.Channel == Channel.PrivateAccount,
            ReminderSituations.FunctionalAccount => request.Channel == Channel.FunctionalAccount,
            ReminderSituations.DuringLesson => request.DuringLesson,
            ReminderSituations.Findings => hasFindings,
            _ => false,
        };
    }
}

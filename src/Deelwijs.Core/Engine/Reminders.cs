using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>Picks the guidance reminders of the protocol that fit the situation of a draft.</summary>
internal sealed class Reminders(Protocol protocol)
{
    private readonly ProtocolRule[] withReminder = protocol.Rules.Where(r => r.Reminder is not null).ToArray();

    public IReadOnlyList<Reminder> For(DetectionContext context, bool hasFindings)
    {
        List<Reminder>? reminders = null;
        var request = context.Request;
        foreach (var rule in withReminder)
        {
            if (rule.AppliesTo(request.Role)
                && rule.AppliesIn(request.EffectiveContext, request.DuringLesson)
                && rule.Reminder!.When.Any(situation => Holds(situation, context, hasFindings)))
            {
                (reminders ??= []).Add(new Reminder(rule.Id, rule.Reminder.Text));
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

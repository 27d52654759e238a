namespace Deelwijs.Core.Protocols;

/// <summary>What a ladder step is: a conversation, support, an intervention to limit harm, a measure, or a report to someone outside the case.</summary>
public enum StepKind
{
    Conversation,
    Support,
    Intervention,
    Measure,
    Notification,
}

using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Protocols;

/// <summary>One article of a protocol as an enforceable rule.</summary>
public sealed record ProtocolRule(
    string Id,
    string Article,
    string Summary,
    IReadOnlyList<string> Audience,
    RuleContext Context,
    Modality Modality,
    Enforcement Enforcement,
    string? Workflow,
    IReadOnlyDictionary<string, FindingAction> Checks,
    RuleReminder? Reminder)
{
    /// <summary>True when the rule speaks to an author in this role ("staff" covers every employee role).</summary>
    public bool AppliesTo(Role role) =>
        Audience.Contains(role.Code()) || (role.IsEmployee() && Audience.Contains("staff"));

    /// <summary>True when the rule applies to a post written in this situation.</summary>
    public bool AppliesIn(PostContext context, bool duringLesson) => Context switch
    {
        RuleContext.All => true,
        RuleContext.Work => context == PostContext.Work,
        RuleContext.Private => context == PostContext.Private,
        _ => duringLesson,
    };
}

namespace Deelwijs.Core.Checks;

/// <summary>A draft post and the situation in which it is written.</summary>
public sealed record CheckRequest(string Text)
{
    public const int MaxTextLength = 20_000;

    public Channel Channel { get; init; } = Channel.PrivateAccount;
    public Role Role { get; init; } = Role.Staff;

    /// <summary>Null means: derived from the channel (private for a private account, else work).</summary>
    public PostContext? Context { get; init; }

    public ReplyTo ReplyTo { get; init; } = ReplyTo.None;
    public bool NegativeThread { get; init; }
    public bool DuringLesson { get; init; }

    public PostContext EffectiveContext =>
        Context ?? (Channel == Channel.PrivateAccount ? PostContext.Private : PostContext.Work);
}

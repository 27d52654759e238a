using Deelwijs.Core.Consent;
using Deelwijs.Core.Media;

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

    /// <summary>Photos, videos and recordings that go with the text.</summary>
    public IReadOnlyList<MediaItem> Media { get; init; } = [];

    /// <summary>The people the author says are on the media (names in the files' own metadata count too).</summary>
    public IReadOnlyList<DepictedPerson> Depicted { get; init; } = [];

    /// <summary>The current image-consent choices of the depicted people; without it nobody has consent.</summary>
    public ConsentRegister Consents { get; init; } = ConsentRegister.Empty;

    public PostContext EffectiveContext =>
        Context ?? (Channel == Channel.PrivateAccount ? PostContext.Private : PostContext.Work);
}

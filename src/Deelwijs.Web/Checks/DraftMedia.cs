using Deelwijs.Core.Consent;
using Deelwijs.Core.Media;

namespace Deelwijs.Web.Checks;

/// <summary>What a draft's media add to its check: the items, everyone depicted, and their current consents.</summary>
public sealed record DraftMedia(IReadOnlyList<MediaItem> Items, IReadOnlyList<DepictedPerson> Depicted, ConsentRegister Consents)
{
    public static DraftMedia None { get; } = new([], [], ConsentRegister.Empty);
}

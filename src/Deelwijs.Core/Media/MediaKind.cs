namespace Deelwijs.Core.Media;

/// <summary>What kind of material a draft carries: a photo, a video or a sound recording.</summary>
public enum MediaKind
{
    Photo,
    Video,
    Audio,
}

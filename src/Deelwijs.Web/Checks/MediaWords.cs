using Deelwijs.Core.Media;
using Deelwijs.Media;

namespace Deelwijs.Web.Checks;

/// <summary>The Dutch words the check page uses for media.</summary>
public static class MediaWords
{
    public static string Kind(MediaKind kind) => kind switch
    {
        MediaKind.Photo => "foto",
        MediaKind.Video => "video",
        _ => "geluidsopname",
    };

    /// <summary>Deelwijs can make a copy without metadata of JPEG and PNG files.</summary>
    public static bool CanClean(MediaInspection file) =>
        file.ContentType is "image/jpeg" or "image/png";
}

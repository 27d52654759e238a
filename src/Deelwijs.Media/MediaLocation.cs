using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.QuickTime;
using Directory = MetadataExtractor.Directory;

namespace Deelwijs.Media;

/// <summary>
/// Where the file was made: the EXIF GPS of a photo, or the ISO 6709 location a phone writes into a video (Apple's
/// location key, Android's ©xyz). 0,0 is what a camera without a satellite fix writes, so it is no place.
/// </summary>
internal static class MediaLocation
{
    public static (double Latitude, double Longitude)? Read(IReadOnlyList<Directory> directories)
    {
        var photo = directories.OfType<GpsDirectory>().Select(d => d.GetGeoLocation()).OfType<GeoLocation>().Select(l => (l.Latitude, l.Longitude));
        var video = directories.OfType<QuickTimeMetadataHeaderDirectory>()
            .Select(d => Iso6709.Parse(d.GetString(QuickTimeMetadataHeaderDirectory.TagGpsLocation)))
            .OfType<(double, double)>();
        return photo.Concat(video).Where(IsPlace).Cast<(double, double)?>().FirstOrDefault();
    }

    private static bool IsPlace((double Latitude, double Longitude) point) =>
        double.IsFinite(point.Latitude) && double.IsFinite(point.Longitude)
        && Math.Abs(point.Latitude) <= 90 && Math.Abs(point.Longitude) <= 180
        && (point.Latitude != 0 || point.Longitude != 0);
}

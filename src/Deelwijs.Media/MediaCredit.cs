using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using XmpCore;
using Directory = MetadataExtractor.Directory;

namespace Deelwijs.Media;

/// <summary>The maker or rights holder a file's metadata names: EXIF Artist, XMP creator, EXIF Copyright, XMP rights.</summary>
internal static class MediaCredit
{
    // The maker's plain name comes first: the post check looks for it in the post ("Foto: ...") and in the roster.
    public static string? Read(IReadOnlyList<Directory> directories)
    {
        var exif = directories.OfType<ExifIfd0Directory>().ToList();
        var xmp = directories.OfType<XmpDirectory>().Select(d => d.XmpMeta).OfType<IXmpMeta>().ToList();
        return First(exif.Select(d => d.GetString(ExifDirectoryBase.TagArtist)))
            ?? First(xmp.Select(Creators))
            ?? First(exif.Select(d => d.GetString(ExifDirectoryBase.TagCopyright)))
            ?? First(xmp.Select(Rights));
    }

    private static string? First(IEnumerable<string?> values) => values.Select(MetadataText.Clean).FirstOrDefault(v => v is not null);

    private static string? Creators(IXmpMeta xmp)
    {
        try
        {
            var count = xmp.DoesPropertyExist(XmpConstants.NsDC, "creator") ? xmp.CountArrayItems(XmpConstants.NsDC, "creator") : 0;
            var names = Enumerable.Range(1, count).Select(i => MetadataText.Clean(xmp.GetArrayItem(XmpConstants.NsDC, "creator", i)?.Value)).OfType<string>();
            return string.Join(", ", names);
        }
        catch (XmpException)
        {
            return null;
        }
    }

    private static string? Rights(IXmpMeta xmp)
    {
        try
        {
            return xmp.GetLocalizedText(XmpConstants.NsDC, "rights", string.Empty, "x-default")?.Value;
        }
        catch (XmpException)
        {
            return null;
        }
    }
}

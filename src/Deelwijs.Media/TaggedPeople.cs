using MetadataExtractor.Formats.Xmp;
using XmpCore;
using Directory = MetadataExtractor.Directory;

namespace Deelwijs.Media;

/// <summary>
/// The people tagged in a file's XMP: face regions as Lightroom, digiKam and Picasa write them (MWG), as Windows Photo
/// Gallery writes them (Microsoft Photo), and the IPTC list of persons in the image.
/// </summary>
internal static class TaggedPeople
{
    private const string MwgRegions = "http://www.metadataworkinggroup.com/schemas/regions/";
    private const string MicrosoftPhoto = "http://ns.microsoft.com/photo/1.2/";
    private const string MicrosoftRegionInfo = "http://ns.microsoft.com/photo/1.2/t/RegionInfo#";
    private const string MicrosoftRegion = "http://ns.microsoft.com/photo/1.2/t/Region#";
    private const string IptcExtension = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

    // XmpCore resolves the prefixes in a path through its registry, and throws for a namespace it has never seen.
    static TaggedPeople()
    {
        var registry = XmpMetaFactory.SchemaRegistry;
        registry.RegisterNamespace(MwgRegions, "mwg-rs");
        registry.RegisterNamespace(MicrosoftPhoto, "MP");
        registry.RegisterNamespace(MicrosoftRegionInfo, "MPRI");
        registry.RegisterNamespace(MicrosoftRegion, "MPReg");
        registry.RegisterNamespace(IptcExtension, "Iptc4xmpExt");
    }

    public static IReadOnlyList<string> Read(IReadOnlyList<Directory> directories)
    {
        var packets = directories.OfType<XmpDirectory>().Select(d => d.XmpMeta).OfType<IXmpMeta>().ToList();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in new Func<IXmpMeta, IEnumerable<string?>>[] { MwgFaceNames, MicrosoftRegionNames, PersonsInImage })
        {
            foreach (var packet in packets)
            {
                foreach (var name in Safely(() => source(packet).ToList()))
                {
                    if (MetadataText.Clean(name) is { } clean && seen.Add(clean))
                    {
                        names.Add(clean);
                    }
                }
            }
        }

        return names;
    }

    private static IEnumerable<string?> MwgFaceNames(IXmpMeta xmp)
    {
        var list = "Regions" + XmpPathFactory.ComposeStructFieldPath(MwgRegions, "RegionList");
        foreach (var item in Items(xmp, MwgRegions, list))
        {
            // A region may also mark a pet, a bar code or the focus point; only faces are people.
            var type = xmp.GetPropertyString(MwgRegions, item + XmpPathFactory.ComposeStructFieldPath(MwgRegions, "Type"));
            if (type is null || type.Equals("Face", StringComparison.OrdinalIgnoreCase))
            {
                yield return xmp.GetPropertyString(MwgRegions, item + XmpPathFactory.ComposeStructFieldPath(MwgRegions, "Name"));
            }
        }
    }

    private static IEnumerable<string?> MicrosoftRegionNames(IXmpMeta xmp)
    {
        var list = "RegionInfo" + XmpPathFactory.ComposeStructFieldPath(MicrosoftRegionInfo, "Regions");
        return Items(xmp, MicrosoftPhoto, list).Select(item =>
            xmp.GetPropertyString(MicrosoftPhoto, item + XmpPathFactory.ComposeStructFieldPath(MicrosoftRegion, "PersonDisplayName")));
    }

    private static IEnumerable<string?> PersonsInImage(IXmpMeta xmp) =>
        Items(xmp, IptcExtension, "PersonInImage").Select(item => xmp.GetPropertyString(IptcExtension, item));

    private static IEnumerable<string> Items(IXmpMeta xmp, string schema, string arrayPath)
    {
        var count = xmp.DoesPropertyExist(schema, arrayPath) ? xmp.CountArrayItems(schema, arrayPath) : 0;
        return Enumerable.Range(1, count).Select(i => XmpPathFactory.ComposeArrayItemPath(arrayPath, i));
    }

    // A packet whose regions are not shaped as the schema says gives no names, rather than refusing the whole file.
    private static List<string?> Safely(Func<List<string?>> read)
    {
        try
        {
            return read();
        }
        catch (XmpException)
        {
            return [];
        }
    }
}

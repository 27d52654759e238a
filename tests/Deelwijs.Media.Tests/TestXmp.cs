using System.Globalization;
using System.Security;
using System.Text;

namespace Deelwijs.Media.Tests;

/// <summary>An XMP packet as photo software writes it: face regions (MWG, Microsoft Photo), persons in image, creator, rights.</summary>
internal static class TestXmp
{
    // The packet header starts with U+FEFF, as the XMP specification asks.
    private const string ByteOrderMark = "\uFEFF";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Packet(
        IReadOnlyList<string>? mwgFaces = null,
        IReadOnlyList<string>? microsoftRegions = null,
        IReadOnlyList<string>? personsInImage = null,
        string? creator = null,
        string? rights = null,
        string? mwgPet = null)
    {
        var body = new StringBuilder();
        if (mwgFaces is not null || mwgPet is not null)
        {
            body.Append("""
                <mwg-rs:Regions rdf:parseType="Resource">
                 <mwg-rs:AppliedToDimensions stDim:w="8" stDim:h="8" stDim:unit="pixel"/>
                 <mwg-rs:RegionList><rdf:Bag>
                """);
            var regions = (mwgFaces ?? []).Select(name => (Name: name, Type: "Face")).ToList();
            if (mwgPet is not null)
            {
                regions.Add((mwgPet, "Pet"));
            }

            foreach (var (name, type) in regions)
            {
                body.Append(
                    Invariant,
                    $"""<rdf:li><rdf:Description mwg-rs:Name="{Escape(name)}" mwg-rs:Type="{type}"><mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.2" stArea:h="0.3" stArea:unit="normalized"/></rdf:Description></rdf:li>""");
            }

            body.Append("</rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>");
        }

        if (microsoftRegions is not null)
        {
            body.Append("<MP:RegionInfo rdf:parseType=\"Resource\"><MPRI:Regions><rdf:Bag>");
            foreach (var name in microsoftRegions)
            {
                body.Append(
                    Invariant,
                    $"""<rdf:li rdf:parseType="Resource"><MPReg:Rectangle>0.25, 0.25, 0.5, 0.5</MPReg:Rectangle><MPReg:PersonDisplayName>{Escape(name)}</MPReg:PersonDisplayName></rdf:li>""");
            }

            body.Append("</rdf:Bag></MPRI:Regions></MP:RegionInfo>");
        }

        if (personsInImage is not null)
        {
            body.Append("<Iptc4xmpExt:PersonInImage><rdf:Bag>");
            body.AppendJoin(string.Empty, personsInImage.Select(n => $"<rdf:li>{Escape(n)}</rdf:li>"));
            body.Append("</rdf:Bag></Iptc4xmpExt:PersonInImage>");
        }

        if (creator is not null)
        {
            body.Append(Invariant, $"<dc:creator><rdf:Seq><rdf:li>{Escape(creator)}</rdf:li></rdf:Seq></dc:creator>");
        }

        if (rights is not null)
        {
            body.Append(Invariant, $"<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(rights)}</rdf:li></rdf:Alt></dc:rights>");
        }

        return $"""
            <?xpacket begin="{ByteOrderMark}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
                xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
                xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
                xmlns:MP="http://ns.microsoft.com/photo/1.2/"
                xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
                xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#"
                xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
              {body}
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}

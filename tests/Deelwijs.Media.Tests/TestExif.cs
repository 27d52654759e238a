namespace Deelwijs.Media.Tests;

/// <summary>EXIF as a camera writes it: IFD0 with maker and rights, and a GPS directory with latitude and longitude.</summary>
internal static class TestExif
{
    public const ushort Artist = 0x013B;
    public const ushort Copyright = 0x8298;
    public const ushort Orientation = 0x0112;
    private const ushort GpsInfo = 0x8825;

    public static TestTiff Ifd0(string? artist = null, string? copyright = null, (double Latitude, double Longitude)? location = null, ushort? orientation = null)
    {
        var ifd0 = new TestTiff();
        if (artist is not null)
        {
            ifd0.Ascii(Artist, artist);
        }

        if (copyright is not null)
        {
            ifd0.Ascii(Copyright, copyright);
        }

        if (orientation is { } value)
        {
            ifd0.Short(Orientation, value);
        }

        if (location is { } place)
        {
            ifd0.Directory(GpsInfo, new TestTiff()
                .Bytes(0x0000, 2, 3, 0, 0)
                .Ascii(0x0001, place.Latitude < 0 ? "S" : "N")
                .Rationals(0x0002, DegreesMinutesSeconds(place.Latitude))
                .Ascii(0x0003, place.Longitude < 0 ? "W" : "E")
                .Rationals(0x0004, DegreesMinutesSeconds(place.Longitude)));
        }

        return ifd0;
    }

    private static (uint, uint)[] DegreesMinutesSeconds(double coordinate)
    {
        var value = Math.Abs(coordinate);
        var degrees = Math.Floor(value);
        var minutes = Math.Floor((value - degrees) * 60);
        var hundredthsOfSeconds = Math.Round((value - degrees - (minutes / 60)) * 3600 * 100);
        return [((uint)degrees, 1), ((uint)minutes, 1), ((uint)hundredthsOfSeconds, 100)];
    }
}

using System.Text;
using Deelwijs.Core.Media;

namespace Deelwijs.Media.Tests;

public sealed class MediaFormatsTests
{
    public static TheoryData<string, byte[], string, MediaKind> Accepted => new()
    {
        { "foto.jpg", TestImages.Jpeg(), "image/jpeg", MediaKind.Photo },
        { "tekening.png", TestImages.Png(), "image/png", MediaKind.Photo },
        { "iphone.heic", TestImages.IsoMedia("heic"), "image/heic", MediaKind.Photo },
        { "plaatje.webp", TestImages.WebP(), "image/webp", MediaKind.Photo },
        { "animatie.gif", TestImages.Gif(), "image/gif", MediaKind.Photo },
        { "filmpje.mp4", TestImages.IsoMedia("isom"), "video/mp4", MediaKind.Video },
        { "iphone.mov", TestImages.IsoMedia("qt  "), "video/quicktime", MediaKind.Video },
        { "spraakmemo.m4a", TestImages.IsoMedia("M4A "), "audio/mp4", MediaKind.Audio },
        { "lied.mp3", TestImages.Mp3(withId3Tag: true), "audio/mpeg", MediaKind.Audio },
        { "kaal.mp3", TestImages.Mp3(withId3Tag: false), "audio/mpeg", MediaKind.Audio },
        { "opname.wav", TestImages.Wav(), "audio/wav", MediaKind.Audio },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_types_are_known_by_their_content(string fileName, byte[] content, string contentType, MediaKind kind)
    {
        var inspection = MediaInspector.Inspect(content, fileName);

        Assert.Equal(contentType, inspection.ContentType);
        Assert.Equal(kind, inspection.Kind);
    }

    [Fact]
    public void The_file_name_does_not_decide_the_type()
    {
        Assert.Equal("image/png", MediaInspector.Inspect(TestImages.Png(), "foto.jpg").ContentType);
        Assert.Equal(MediaKind.Audio, MediaInspector.Inspect(TestImages.IsoMedia("M4A "), "film.mp4").Kind);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "klas.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n") },
        { "foto.jpg", Encoding.UTF8.GetBytes("Dit is geen foto maar een tekst.") },
        { "scan.tif", [.. "II*\0"u8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "plaatje.avif", TestImages.IsoMedia("avif") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Other_types_are_refused_with_the_list_of_accepted_types(string fileName, byte[] content)
    {
        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(content, fileName));

        Assert.Equal(MediaProblem.NotMedia, refusal.Problem);
        Assert.Equal(fileName, refusal.FileName);
        Assert.StartsWith($"Het bestand '{fileName}' is geen foto, video of geluidsopname die Deelwijs kan lezen (toegestaan: JPEG, PNG, HEIC", refusal.Message);
    }
}

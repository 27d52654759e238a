using System.Text;
using System.Text.Json;

namespace Deelwijs.Documents.Tests;

public sealed class DossierJsonTests
{
    private static string Json(DossierExport export)
    {
        using var output = new MemoryStream();
        DossierJson.Write(export, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameDossier()
    {
        var export = DossierExamples.Pupil();
        var json = Json(export);

        var read = DossierJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal((export.PersonName, export.Kind, export.School, export.ExportedAt, export.RequestedBy),
            (read.PersonName, read.Kind, read.School, read.ExportedAt, read.RequestedBy));
        var expected = export.Entries.OrderBy(e => e.Date).ToList();
        Assert.Equal(expected.Count, read.Entries.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Documents = [] }, read.Entries[i] with { Documents = [] });
            Assert.Equal(expected[i].Documents, read.Entries[i].Documents);
        }

        Assert.Equal(json, Json(read));
    }

    [Fact]
    public void Write_UsesStableCamelCaseNamesAndDateOrder()
    {
        using var json = JsonDocument.Parse(Json(DossierExamples.Pupil()));
        var root = json.RootElement;

        Assert.Equal(["personName", "kind", "school", "exportedAt", "entries", "requestedBy"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pupil", root.GetProperty("kind").GetString());
        Assert.Equal("2026-12-03T14:05:00+01:00", root.GetProperty("exportedAt").GetString());

        var first = root.GetProperty("entries")[0];
        Assert.Equal(["date", "title", "kind", "who", "summary", "documents", "case"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-03-02", first.GetProperty("date").GetString());
        Assert.Equal("step", first.GetProperty("kind").GetString());
        Assert.Equal(["2026-03-02", "2026-03-04", "2026-03-09", "2026-03-10"], root.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
    }

    [Fact]
    public void Write_KeepsAccentedLettersReadable()
    {
        var export = DossierExamples.Pupil() with { PersonName = "Zoë Gülşen" };

        Assert.Contains("\"personName\": \"Zoë Gülşen\"", Json(export), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutAPersonName_IsRefused()
    {
        var json = """{"kind": "pupil", "school": "Het Noorderlicht College", "exportedAt": "2026-12-03T14:05:00+01:00", "entries": []}""";

        Assert.Throws<JsonException>(() => DossierJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}

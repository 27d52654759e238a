using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Deelwijs.Web.Api;

/// <summary>The media fields of a check request: who is on the media and, in a JSON body, the files themselves in base64.</summary>
public sealed record CheckMediaFields(
    [property: Description("Wie er op het beeld staan: namen zoals in de leerlingenlijst van de school.")] IReadOnlyList<string>? Depicts,
    [property: Description("Foto's, video's of geluidsopnamen bij het bericht (hoogstens 10; bij multipart/form-data als bestanden in het deel 'media').")] IReadOnlyList<CheckMediaFile>? Media)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>Reads the media fields of a JSON body; the other fields are read by the contract's own parser.</summary>
    public static CheckMediaFields? Parse(ReadOnlySpan<byte> json, out string? error)
    {
        try
        {
            error = null;
            return JsonSerializer.Deserialize<CheckMediaFields>(json, Options);
        }
        catch (JsonException e)
        {
            error = e.Path is { } path
                ? $"Het veld {path} klopt niet: \"depicts\" is een lijst met namen, \"media\" een lijst met {{\"fileName\", \"content\"}} waarin content base64 is."
                : "Het verzoek is geen geldige JSON.";
            return null;
        }
    }
}

/// <summary>One file in a JSON check request.</summary>
public sealed record CheckMediaFile(
    [property: Description("De bestandsnaam, zoals sportdag.jpg.")] string? FileName,
    [property: Description("De inhoud van het bestand, base64-gecodeerd.")] byte[]? Content,
    [property: Description("Iemand anders dan de school heeft het gemaakt.")] bool? NotOwnWork,
    [property: Description("Het logo van de school staat erop.")] bool? ShowsSchoolLogo);

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Deelwijs.Documents;

/// <summary>A person's dossier as JSON for a request for access, with stable camelCase names and entries in date order.</summary>
public static class DossierJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // The person reads this file: é and ë stay as they are rather than \u00e9.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static void Write(DossierExport export, Stream output)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(output);
        JsonSerializer.Serialize(output, export with { Entries = DossierWords.ByDate(export.Entries) }, Options);
    }

    /// <exception cref="JsonException">The stream does not hold a dossier export.</exception>
    public static DossierExport Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<DossierExport>(input, Options) ?? throw new JsonException("The file holds no dossier.");
    }
}

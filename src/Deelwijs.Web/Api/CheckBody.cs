using System.Buffers;
using System.Text;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;
using Deelwijs.Media;
using Deelwijs.Web.Checks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deelwijs.Web.Api;

/// <summary>
/// The body of a check request, read once: the draft as the contract's parser reads it, with its id, the files
/// (inspected) and the depicted names; or the problem that stops it.
/// </summary>
internal sealed record CheckBody(CheckRequest Request, string? Id, IReadOnlyList<MediaItem> Media, IReadOnlyList<string> Depicts, ProblemHttpResult? Problem)
{
    private static readonly CheckRequest Defaults = new("");

    private static CheckBody Failed(ProblemHttpResult problem) => new(Defaults, null, [], [], problem);

    public static async Task<CheckBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[] json;
        List<(string Name, byte[] Content)> files = [];
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = CheckEndpoints.MaxMultipartBytes }, cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return Failed(ApiProblems.MultipartTooLarge(CheckEndpoints.MaxMultipartBytes));
            }

            if (form["request"].FirstOrDefault() is not { } requestJson)
            {
                return Failed(ApiProblems.BodyInvalid("Het deel 'request' ontbreekt: zet de velden van het bericht (text, channel, ...) als JSON in het deel 'request' en de bestanden in 'media'."));
            }

            json = Encoding.UTF8.GetBytes(requestJson);
            foreach (var file in form.Files.GetFiles("media"))
            {
                var upload = await ReadUploadAsync(file, cancellationToken);
                if (upload.Problem is { } problem)
                {
                    return Failed(problem);
                }

                files.Add((Path.GetFileName(file.FileName), upload.Content!));
            }
        }
        else
        {
            var body = await ReadJsonAsync(request, cancellationToken);
            if (body is null)
            {
                return Failed(ApiProblems.BodyTooLarge(CheckEndpoints.MaxBodyBytes));
            }

            json = body;
        }

        // A body the contract's parser refuses gets that parser's message, not one about media.
        if (!CheckRequestJson.TryParse(json, Defaults, out var draft, out var id, out var contractError))
        {
            return Failed(ApiProblems.BodyInvalid(contractError ?? "Het verzoek kan niet worden gelezen."));
        }

        var fields = CheckMediaFields.Parse(json, out var error);
        if (fields is null)
        {
            return Failed(ApiProblems.BodyInvalid(error ?? "Het verzoek kan niet worden gelezen."));
        }

        // In JSON the files come with the fields; in multipart their flags are matched to the uploaded files by name.
        var described = fields.Media ?? [];
        if (!request.HasFormContentType)
        {
            files = [.. described.Select((m, i) => (m.FileName ?? $"bestand-{i + 1}", m.Content ?? []))];
        }

        try
        {
            MediaLimits.Default.EnsureFileCount(files.Count);
            var items = files.Select(f =>
            {
                var about = described.FirstOrDefault(d => string.Equals(d.FileName, f.Name, StringComparison.Ordinal));
                return MediaInspector.Inspect(f.Content, f.Name).ToItem(about?.NotOwnWork == true, about?.ShowsSchoolLogo == true);
            }).ToList();
            return new CheckBody(draft, id, items, fields.Depicts ?? [], null);
        }
        catch (MediaFileException e)
        {
            return Failed(ApiProblems.MediaInvalid(e));
        }
    }

    private static async Task<(byte[]? Content, ProblemHttpResult? Problem)> ReadUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = file.OpenReadStream();
            var upload = await MediaUpload.ReadAsync(stream, file.FileName, file.Length, cancellationToken);
            return (upload.Content, null);
        }
        catch (MediaFileException e)
        {
            return (null, ApiProblems.MediaInvalid(e));
        }
    }

    /// <summary>The whole body, or null when it is larger than <see cref="CheckEndpoints.MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CheckEndpoints.MaxBodyBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.WrittenCount + read > CheckEndpoints.MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

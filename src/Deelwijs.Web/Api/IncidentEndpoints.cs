using System.Globalization;
using System.Text.Json;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Deelwijs.Web.Incidents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deelwijs.Web.Api;

/// <summary>
/// The incident API for a school app's "meld" button: POST /api/v1/incidents files a report at the key's school (routed by
/// its protocol), GET /api/v1/incidents/{id} gives that school's key the status of a report, never its content.
/// </summary>
public static class IncidentEndpoints
{
    /// <summary>A report is text: a few kB; anything near this is not a report.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/incidents")
            .WithTags("Meldingen")
            .AddEndpointFilter<ApiKeyFilter>()
            .RequireRateLimiting(ApiRateLimiting.PolicyName);
        api.MapPost("", ReportAsync)
            .WithName("IncidentPost")
            .WithSummary("Meld iets dat online misging")
            .WithDescription("Legt een melding vast bij de school van de API-sleutel. De melding gaat naar wie het protocol van de school aanwijst "
                + "(de teamleider, de directie, het bestuur of, als daarom gevraagd wordt, alleen de vertrouwenspersoon).")
            .Accepts<IncidentRequestBody>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/{id:int}", StatusAsync)
            .WithName("IncidentGet")
            .WithSummary("De stand van een melding")
            .WithDescription("Geeft alleen de stand van een melding van de school van de API-sleutel: open of afgehandeld, en wie hem kreeg. Nooit de inhoud.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    public static async Task<Results<Created<IncidentCreatedBody>, ProblemHttpResult>> ReportAsync(HttpContext http, IncidentReporting reporting)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(reporting);
        var caller = http.Features.GetRequiredFeature<ApiCaller>();
        if (await ReadBodyAsync(http.Request) is not { } json)
        {
            return IncidentProblems.BodyTooLarge(MaxBodyBytes);
        }

        IncidentRequestBody? body;
        try
        {
            using (JsonDocument.Parse(json))
            {
                // Syntax first, so a broken body is not blamed on the field where the parser stopped.
            }
        }
        catch (JsonException)
        {
            return ApiProblems.BodyInvalid("Het verzoek is geen geldige JSON.");
        }

        try
        {
            body = JsonSerializer.Deserialize<IncidentRequestBody>(json, Json);
        }
        catch (JsonException e)
        {
            return ApiProblems.BodyInvalid(
                $"Het veld {e.Path ?? "$"} klopt niet: \"category\", \"description\", \"platform\" en \"link\" zijn tekst, \"involved\" is een lijst met namen, \"confidantOnly\" is true of false.");
        }

        if (body is null)
        {
            return ApiProblems.BodyInvalid("Stuur de melding als JSON-object, zoals {\"category\": \"cyberbullying\", \"description\": \"...\"}.");
        }

        if (!IncidentCategories.TryParse(body.Category, out var category))
        {
            return IncidentProblems.CategoryInvalid(body.Category);
        }

        try
        {
            var report = new IncidentReport(category, body.Description, body.Platform, body.Link, [], body.Involved ?? [], [], body.ConfidantOnly ?? false, []);
            var receipt = await reporting.ReportAsync(caller.SchoolId, Actor.ApiKey(caller.KeyPrefix), caller.KeyPrefix, report, http.RequestAborted);
            return TypedResults.Created(
                string.Create(CultureInfo.InvariantCulture, $"/api/v1/incidents/{receipt.Id}"),
                new IncidentCreatedBody(receipt.Id, IncidentStatus.Open.Code(), receipt.RoutedTo.Code()));
        }
        catch (IncidentInputException e)
        {
            return ApiProblems.BodyInvalid(e.Message);
        }
        catch (ProtocolFormatException e)
        {
            return ApiProblems.SchoolNotReady($"Het eigen protocol van de school bevat fouten: {e.Message}");
        }
    }

    public static async Task<Results<Ok<IncidentStatusBody>, ProblemHttpResult>> StatusAsync(int id, HttpContext http, IncidentCases cases)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(cases);
        var caller = http.Features.GetRequiredFeature<ApiCaller>();
        return await cases.StatusAsync(caller.SchoolId, id, http.RequestAborted) is { } status
            ? TypedResults.Ok(new IncidentStatusBody(id, status.Status.Code(), status.RoutedTo.Code(), status.CreatedAt))
            : IncidentProblems.NotFound();
    }

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

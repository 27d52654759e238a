using System.Buffers;
using System.Globalization;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Media;
using Deelwijs.Web.Checks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Deelwijs.Web.Api;

/// <summary>
/// The check API: POST /api/v1/checks takes one batch line of the check contract (plus media: base64 in JSON, or files in
/// multipart/form-data) and answers with the contract's result.
/// </summary>
public static class CheckEndpoints
{
    /// <summary>A JSON body: text, or a few photos in base64.</summary>
    public const int MaxBodyBytes = 40 * 1024 * 1024;

    /// <summary>A multipart body: the request and its files, a video included.</summary>
    public const long MaxMultipartBytes = 300 * MediaLimits.Megabyte;

    public static RouteGroupBuilder MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .WithTags("Controle")
            .AddEndpointFilter<ApiKeyFilter>()
            .RequireRateLimiting(ApiRateLimiting.PolicyName);
        api.MapPost("/checks", CheckAsync)
            .WithName("CheckPost")
            .WithSummary("Mag dit online?")
            .WithDescription("Controleert een conceptbericht tegen het protocol van de school van de API-sleutel. Het bericht wordt niet bewaard.")
            .Accepts<CheckRequestBody>("application/json", "multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxMultipartBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    public static async Task<Results<ContractJsonResult, ProblemHttpResult>> CheckAsync(HttpContext http, SchoolEngines engines, DraftMediaReader mediaReader)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(mediaReader);
        var caller = http.Features.GetRequiredFeature<ApiCaller>();
        var body = await CheckBody.ReadAsync(http.Request, http.RequestAborted);
        if (body.Problem is { } bodyProblem)
        {
            return bodyProblem;
        }

        var request = body.Request;
        if (request.Text.Length > CheckRequest.MaxTextLength)
        {
            return ApiProblems.TextTooLong(string.Create(CultureInfo.GetCultureInfo("nl-NL"),
                $"De tekst heeft {request.Text.Length:N0} tekens; er kunnen er hoogstens {CheckRequest.MaxTextLength:N0} in één keer gecontroleerd worden."));
        }

        if (body.Media.Count > 0 || body.Depicts.Count > 0)
        {
            var media = await mediaReader.ReadAsync(caller.SchoolId, body.Media, [], body.Depicts, http.RequestAborted);
            request = request with { Media = media.Items, Depicted = media.Depicted, Consents = media.Consents };
        }

        CheckEngine engine;
        try
        {
            engine = await engines.GetAsync(caller.SchoolId, http.RequestAborted);
        }
        catch (ProtocolFormatException e)
        {
            return ApiProblems.SchoolNotReady($"Het eigen protocol van de school bevat fouten: {e.Message}");
        }

        try
        {
            return new ContractJsonResult(engine.Check(request), body.Id);
        }
        catch (CheckInputException e)
        {
            return ApiProblems.BodyInvalid(e.Message);
        }
    }
}

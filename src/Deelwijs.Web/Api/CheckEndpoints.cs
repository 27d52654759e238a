using System.Buffers;
using System.Globalization;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Web.Checks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deelwijs.Web.Api;

/// <summary>The check API: POST /api/v1/checks takes one batch line of the check contract and answers with the contract's result.</summary>
public static class CheckEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly CheckRequest Defaults = new("");

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
            .Accepts<CheckRequestBody>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    public static async Task<Results<ContractJsonResult, ProblemHttpResult>> CheckAsync(HttpContext http, SchoolEngines engines)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(engines);
        var caller = http.Features.GetRequiredFeature<ApiCaller>();
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return ApiProblems.BodyTooLarge(MaxBodyBytes);
        }

        if (!CheckRequestJson.TryParse(body, Defaults, out var request, out var id, out var error))
        {
            return ApiProblems.BodyInvalid(error ?? "Het verzoek kan niet worden gelezen.");
        }

        if (request.Text.Length > CheckRequest.MaxTextLength)
        {
            return ApiProblems.TextTooLong(string.Create(CultureInfo.GetCultureInfo("nl-NL"),
                $"De tekst heeft {request.Text.Length:N0} tekens; er kunnen er hoogstens {CheckRequest.MaxTextLength:N0} in één keer gecontroleerd worden."));
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
            return new ContractJsonResult(engine.Check(request), id);
        }
        catch (CheckInputException e)
        {
            return ApiProblems.BodyInvalid(e.Message);
        }
    }

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
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
                if (buffer.WrittenCount + read > MaxBodyBytes)
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

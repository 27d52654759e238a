using Deelwijs.Web.Api;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers and maps the JSON API: the check endpoint, its API keys, rate limiting and the OpenAPI document.</summary>
internal static class ApiHosting
{
    public static void AddDeelwijsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ApiKeyStore>();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiStatusProblems.Customize);
        builder.Services.AddRateLimiter(ApiRateLimiting.Configure);
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer(ApiDocument.DescribeAsync));
    }

    public static void MapDeelwijsApi(this WebApplication app)
    {
        // After UseRouting (in the pipeline), so the limiter sees which endpoint asks for the per-key policy.
        app.UseApiStatusProblems();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapCheckEndpoints();
        app.MapIncidentEndpoints();
    }
}

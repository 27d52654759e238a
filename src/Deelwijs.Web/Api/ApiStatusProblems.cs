namespace Deelwijs.Web.Api;

/// <summary>
/// Makes the framework's own API errors (wrong content type, unknown route, wrong method) ProblemDetails with a Dutch
/// title and a stable code too, like the errors the endpoints return themselves.
/// </summary>
public static class ApiStatusProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var (code, title, detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => ("not-found", "Niet gevonden", "Dit adres bestaat niet in de Deelwijs API. Zie /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "Deze methode kan hier niet", "Gebruik POST voor /api/v1/checks."),
            StatusCodes.Status415UnsupportedMediaType => ("content-type-invalid", "Stuur JSON",
                "Stuur het bericht als JSON met de header 'Content-Type: application/json'."),
            StatusCodes.Status500InternalServerError => ("server-error", "Er ging iets mis", "Er ging iets mis in Deelwijs. Probeer het later opnieuw."),
            _ => ("error", problem.Title ?? "Fout", problem.Detail),
        };
        problem.Title = title;
        problem.Detail ??= detail;
        problem.Extensions["code"] = code;
    }

    /// <summary>Status code pages for /api only: an empty error response becomes a ProblemDetails.</summary>
    public static void UseApiStatusProblems(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.UseStatusCodePages());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Deelwijs.Web.Api;

/// <summary>Every error of the API as a ProblemDetails with a Dutch title and a stable "code" that integrations can rely on.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult KeyMissing() => Create(StatusCodes.Status401Unauthorized, "api-key-missing",
        "API-sleutel ontbreekt",
        "Stuur de API-sleutel van je school mee in de header 'Authorization: Bearer <sleutel>'. Een directielid maakt een sleutel aan op de pagina API-sleutels.");

    public static ProblemHttpResult KeyInvalid() => Create(StatusCodes.Status401Unauthorized, "api-key-invalid",
        "API-sleutel onbekend of ingetrokken",
        "Deze API-sleutel hoort bij geen enkele school, of is ingetrokken. Vraag een directielid om een nieuwe sleutel.");

    public static ProblemHttpResult BodyInvalid(string detail) => Create(StatusCodes.Status400BadRequest, "body-invalid",
        "Het verzoek klopt niet", detail);

    public static ProblemHttpResult BodyTooLarge(int maxBytes) => Create(StatusCodes.Status413PayloadTooLarge, "body-too-large",
        "Het verzoek is te groot", $"Stuur hoogstens {maxBytes / (1024 * 1024)} MB als JSON; stuur grotere bestanden, zoals een video, als multipart/form-data.");

    public static ProblemHttpResult MultipartTooLarge(long maxBytes) => Create(StatusCodes.Status413PayloadTooLarge, "body-too-large",
        "Het verzoek is te groot", $"Stuur hoogstens {maxBytes / (1024 * 1024)} MB aan bestanden per bericht; een foto mag hoogstens 20 MB zijn, een geluidsopname 50 MB en een video 200 MB.");

    /// <summary>A file the check cannot use: too large (413), or not media, empty or damaged (400); the detail names the file.</summary>
    public static ProblemHttpResult MediaInvalid(Deelwijs.Media.MediaFileException error) =>
        error.Problem == Deelwijs.Media.MediaProblem.TooLarge
            ? Create(StatusCodes.Status413PayloadTooLarge, "media-too-large", "Een bestand is te groot", error.Message)
            : Create(StatusCodes.Status400BadRequest, "media-invalid", "Een bestand kan niet gebruikt worden", error.Message);

    public static ProblemHttpResult TextTooLong(string detail) => Create(StatusCodes.Status400BadRequest, "text-too-long",
        "De tekst is te lang", detail);

    public static ProblemHttpResult RateLimited(TimeSpan? retryAfter) => Create(StatusCodes.Status429TooManyRequests, "rate-limited",
        "Te veel verzoeken",
        retryAfter is { } wait
            ? $"Deze API-sleutel heeft te veel verzoeken gedaan. Probeer het over {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconden opnieuw."
            : "Deze API-sleutel heeft te veel verzoeken gedaan. Probeer het zo opnieuw.");

    public static ProblemHttpResult SchoolNotReady(string detail) => Create(StatusCodes.Status409Conflict, "protocol-invalid",
        "Het protocol van de school kan niet worden gebruikt", detail);

    private static ProblemHttpResult Create(int status, string code, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
}

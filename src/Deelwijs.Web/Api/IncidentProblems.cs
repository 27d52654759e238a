using Deelwijs.Core.Incidents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deelwijs.Web.Api;

/// <summary>The errors of the incident API as ProblemDetails with a Dutch title and a stable "code", like <see cref="ApiProblems"/>.</summary>
public static class IncidentProblems
{
    public static ProblemHttpResult CategoryInvalid(string? category) => Create(StatusCodes.Status400BadRequest, "category-invalid",
        "Onbekende soort melding",
        $"{(string.IsNullOrWhiteSpace(category) ? "Het veld \"category\" ontbreekt" : $"\"{category}\" is geen soort melding")}. Kies een van: {string.Join(", ", IncidentCategories.Codes)}.");

    public static ProblemHttpResult NotFound() => Create(StatusCodes.Status404NotFound, "not-found",
        "Melding niet gevonden", "Er is geen melding met dit nummer bij de school van deze API-sleutel.");

    public static ProblemHttpResult BodyTooLarge(int maxBytes) => Create(StatusCodes.Status413PayloadTooLarge, "body-too-large",
        "Het verzoek is te groot", $"Een melding is hoogstens {maxBytes / 1024} kB JSON.");

    private static ProblemHttpResult Create(int status, string code, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Deelwijs.Web.Api;

/// <summary>Fills in the OpenAPI document: title, description and the bearer API key every call needs.</summary>
public static class ApiDocument
{
    public const string SecuritySchemeName = "ApiSleutel";

    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "Deelwijs API";
        document.Info.Description =
            "Controleer een conceptbericht tegen het socialemediaprotocol van de school (\"Mag dit online?\"). "
            + "Stuur de API-sleutel van de school mee als 'Authorization: Bearer <sleutel>'. Fouten zijn ProblemDetails met een vaste 'code'.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "De API-sleutel van de school; een directielid maakt hem aan op de pagina API-sleutels.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}

using Deelwijs.Web.Consent;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers the image-consent registry: purposes, choices, overviews, import and export.</summary>
internal static class ConsentHosting
{
    public static void AddDeelwijsConsent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ConsentPurposeSettings>();
        builder.Services.AddScoped<ConsentRegistry>();
        builder.Services.AddScoped<ConsentChoices>();
        builder.Services.AddScoped<ConsentOverview>();
        builder.Services.AddScoped<ConsentTransfer>();
        builder.Services.AddScoped<AccountLinks>();
    }
}

using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers the check engines per school and what a draft's media need.</summary>
internal static class CheckHosting
{
    public static void AddDeelwijsChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SchoolEngines>();
        builder.Services.AddScoped<SchoolSetupReader>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<MediaTray>();
        builder.Services.AddScoped<DraftMediaReader>();
        builder.Services.AddScoped<RosterChoices>();
    }
}

using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers the check engines per school.</summary>
internal static class CheckHosting
{
    public static void AddDeelwijsChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SchoolEngines>();
        builder.Services.AddScoped<SchoolSetupReader>();
    }
}

using Deelwijs.Web.Incidents;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers reports, cases, dossiers, the audit log and the background service that keeps their retention periods.</summary>
internal static class IncidentHosting
{
    public static void AddDeelwijsIncidents(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<DossierFiling>();
        builder.Services.AddScoped<IncidentLadders>();
        builder.Services.AddScoped<IncidentReporting>();
        builder.Services.AddScoped<IncidentCases>();
        builder.Services.AddScoped<IncidentHandling>();
        builder.Services.AddScoped<IncidentLetters>();
        builder.Services.AddScoped<SchoolLetterTemplates>();
        builder.Services.AddScoped<LetterFiling>();
        builder.Services.AddScoped<DossierReader>();
        builder.Services.AddScoped<IncidentRetention>();
        builder.Services.AddHostedService<IncidentRetentionService>();
    }
}

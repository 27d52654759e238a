using Deelwijs.Web.Approvals;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers approval requests and the background service that keeps their retention period.</summary>
internal static class ApprovalHosting
{
    public static void AddDeelwijsApprovals(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ApprovalService>();
        builder.Services.AddScoped<ApprovalRetention>();
        builder.Services.AddHostedService<ApprovalRetentionService>();
    }
}

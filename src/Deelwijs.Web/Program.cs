using Deelwijs.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDeelwijsData();
builder.AddDeelwijsIdentity();
builder.AddDeelwijsChecks();
builder.AddDeelwijsApprovals();
builder.AddDeelwijsConsent();
builder.AddDeelwijsIncidents();
builder.AddDeelwijsApi();
builder.Services.AddRazorPages();

var app = builder.Build();
if (await app.PrepareDatabaseAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseDeelwijsPipeline();
app.MapRazorPages();
app.MapDeelwijsApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

using System.Diagnostics;

namespace Deelwijs.Web.Tests.Data;

/// <summary>The 'migrate' command of the built app, run as a process the way an operator runs it.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deelwijs-migrate-").FullName;

    [Fact]
    public async Task Migrate_AppliesTheMigrationsOnce_InDutch()
    {
        var first = await RunAsync("migrate");
        var second = await RunAsync("migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("De database is bijgewerkt: 6 migratie(s) toegepast (InitialCreate, AddApprovals, AddConsentRegistry, AddApprovalAttachments, AddIncidents, AddLetterTemplates).", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("De database is al bijgewerkt", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OutsideDevelopment_WithoutMigrating_RefusesAndSaysWhatToDo()
    {
        var result = await RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Voer eerst 'deelwijs-web migrate' uit", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "deelwijs-web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Deelwijs"] = $"Data Source={Path.Combine(folder, "deelwijs.db")}";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

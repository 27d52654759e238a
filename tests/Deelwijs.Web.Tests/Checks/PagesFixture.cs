namespace Deelwijs.Web.Tests.Checks;

/// <summary>One app with the demo organisation for a class of page tests that only read the demo data.</summary>
public sealed class PagesFixture : IAsyncLifetime
{
    public DeelwijsWebFactory Factory { get; } = DeelwijsWebFactory.WithSqlite();

    public Task InitializeAsync()
    {
        _ = Factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

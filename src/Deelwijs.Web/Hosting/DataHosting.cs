namespace Deelwijs.Web.Hosting;

/// <summary>Registers the database (SQLite by default, PostgreSQL by configuration) and prepares it on start. (stub: the data work replaces this)</summary>
internal static class DataHosting
{
    public static void AddDeelwijsData(this WebApplicationBuilder builder)
    {
    }

    /// <summary>Applies migrations and the demo organisation when asked; returns an exit code when the process should stop (the 'migrate' command).</summary>
    public static Task<int?> PrepareDatabaseAsync(this WebApplication app, string[] args) => Task.FromResult<int?>(null);
}

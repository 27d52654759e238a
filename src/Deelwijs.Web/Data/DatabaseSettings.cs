using Deelwijs.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Data;

/// <summary>
/// Which database to use (configuration <c>Database:Provider</c>: sqlite or postgres) and how to reach it
/// (<c>ConnectionStrings:Deelwijs</c>); without configuration, a SQLite file under App_Data.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Deelwijs";
    public const string DefaultSqliteFile = "App_Data/deelwijs.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration["Database:Provider"];
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var provider = providerName?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider '{providerName}' is onbekend; kies 'sqlite' (standaard) of 'postgres'."),
        };

        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException(
                    "Database:Provider is 'postgres', maar ConnectionStrings:Deelwijs ontbreekt (bijvoorbeeld 'Host=localhost;Database=deelwijs;Username=deelwijs;Password=...').")
                : new DatabaseSettings(provider, connectionString);
        }

        return new DatabaseSettings(provider, SqliteConnectionString(connectionString, contentRoot));
    }

    /// <summary>The one provider switch: the EF Core provider and its migrations assembly.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(typeof(Deelwijs.Data.Postgres.Migrations.InitialCreate).Assembly.GetName().Name));
                break;
            default:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(typeof(Deelwijs.Data.Sqlite.Migrations.InitialCreate).Assembly.GetName().Name));
                break;
        }
    }

    /// <summary>A relative SQLite file is relative to the content root; its folder is created when missing.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.DataSource is { Length: > 0 } file && !string.Equals(file, ":memory:", StringComparison.Ordinal) && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}

namespace Deelwijs.Web.Data;

/// <summary>The database engines Deelwijs runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

namespace Deelwijs.Web.Hosting;

/// <summary>Registers and maps the JSON API. (stub: the API work replaces this)</summary>
internal static class ApiHosting
{
    public static void AddDeelwijsApi(this WebApplicationBuilder builder)
    {
    }

    public static void MapDeelwijsApi(this WebApplication app)
    {
    }
}

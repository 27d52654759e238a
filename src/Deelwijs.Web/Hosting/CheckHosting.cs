namespace Deelwijs.Web.Hosting;

/// <summary>Registers the check engines per school. (stub: the check page work replaces this)</summary>
internal static class CheckHosting
{
    public static void AddDeelwijsChecks(this WebApplicationBuilder builder)
    {
    }
}

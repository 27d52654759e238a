namespace Deelwijs.Web.Hosting;

/// <summary>Registers ASP.NET Core Identity with local accounts. (stub: the identity work replaces this)</summary>
internal static class IdentityHosting
{
    public static void AddDeelwijsIdentity(this WebApplicationBuilder builder)
    {
    }
}

using System.Security.Claims;
using Deelwijs.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Incidents;

/// <summary>The signed-in user of a page as the audit log names them.</summary>
public static class PageActor
{
    public static Actor Actor(this PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var user = page.User;
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(DeelwijsClaims.DisplayName) ?? user.Identity?.Name ?? "onbekend");
    }
}

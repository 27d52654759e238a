using Deelwijs.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Account;

/// <summary>Logs out (only by POST, so a link in a post cannot log someone out).</summary>
public sealed class UitloggenModel(SignInManager<DeelwijsUser> signIn) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Response.Cookies.Delete(Schools.CurrentSchool.SelectionCookie);
        return RedirectToPage();
    }
}

using Deelwijs.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Account;

/// <summary>The Dutch login page for local accounts; five wrong passwords in a row lock the account for a while.</summary>
public sealed class InloggenModel(SignInManager<DeelwijsUser> signIn, ILogger<InloggenModel> logger) : PageModel
{
    public const string WrongCredentials = "Onjuist e-mailadres of wachtwoord.";
    public const string LockedOut = "Je account is tijdelijk geblokkeerd omdat er te vaak een verkeerd wachtwoord is ingevuld. Probeer het over een kwartier opnieuw, of vraag de ICT-beheerder van je school om hulp.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Vul je e-mailadres en je wachtwoord in.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account geblokkeerd na te veel mislukte pogingen.");
            Error = LockedOut;
        }
        else
        {
            Error = WrongCredentials;
        }

        Response.StatusCode = StatusCodes.Status200OK;
        return Page();
    }
}

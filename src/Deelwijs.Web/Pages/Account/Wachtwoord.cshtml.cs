using System.ComponentModel.DataAnnotations;
using Deelwijs.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Account;

/// <summary>Anyone logged in replaces their password, for example the one-time password the director gave them.</summary>
[Authorize]
public sealed class WachtwoordModel(UserManager<DeelwijsUser> users, SignInManager<DeelwijsUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul je huidige wachtwoord in.")]
    [DataType(DataType.Password)]
    public string? Current { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [DataType(DataType.Password)]
    public string? New { get; set; }

    [BindProperty]
    [Compare(nameof(New), ErrorMessage = "De twee nieuwe wachtwoorden zijn niet gelijk.")]
    [DataType(DataType.Password)]
    public string? Repeat { get; set; }

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}

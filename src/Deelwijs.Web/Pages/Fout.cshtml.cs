using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages;

/// <summary>The page shown for an error or an unknown address, in plain Dutch.</summary>
[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public string Title { get; private set; } = "Er ging iets mis";

    public string Explanation { get; private set; } = "Er ging iets mis aan onze kant. Probeer het later nog eens.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code == StatusCodes.Status404NotFound)
        {
            Title = "Niet gevonden";
            Explanation = "Deze pagina bestaat niet, of hoort bij een andere school.";
        }
        else if (code == StatusCodes.Status413PayloadTooLarge)
        {
            Title = "Te groot om te versturen";
            Explanation = "Wat je meestuurde is samen te groot. Een foto mag hoogstens 20 MB zijn, een geluidsopname 50 MB en een video 200 MB. Kies minder of kleinere bestanden.";
        }
        else if (code == StatusCodes.Status403Forbidden)
        {
            Title = "Geen toegang";
            Explanation = "Deze pagina is niet voor jouw rol op school.";
        }
    }
}

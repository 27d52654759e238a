using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Email;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("Mail sanne.devries@gmail.com voor de foto's.", "sanne.devries@gmail.com")]
    [InlineData("Vragen? a.visser@dewitt-school.nl", "a.visser@dewitt-school.nl")]
    [InlineData("Stuur het naar JAN+school@Hotmail.NL.", "JAN+school@Hotmail.NL")]
    public void Finds_personal_addresses(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Email, text));
    }

    [Theory]
    [InlineData("Vragen? Mail info@school.nl of administratie@school.nl.")]
    [InlineData("Ziekmelden via secretariaat@deregenboog.nl")]
    [InlineData("Volg ons op @deregenboog en gebruik #sportdag")]
    [InlineData("We zijn @ school om 8 uur.")]
    public void Leaves_role_addresses_and_handles_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Email, text));
    }
}

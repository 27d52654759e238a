using Deelwijs.Core.Incidents;

namespace Deelwijs.Core.Tests.Incidents;

public sealed class IncidentCategoriesTests
{
    [Fact]
    public void Codes_AreTheApiCodesInOrder()
    {
        Assert.Equal(
            ["cyberbullying", "sexting", "threat", "stalking", "hacked-account", "radicalisation", "memes", "derailing-discussion", "reputation", "staff-breach", "other"],
            IncidentCategories.Codes);
    }

    [Fact]
    public void EveryCategory_RoundTripsAndHasADutchLabel()
    {
        Assert.All(IncidentCategories.All, category =>
        {
            Assert.True(IncidentCategories.TryParse(category.Code(), out var parsed));
            Assert.Equal(category, parsed);
        });
        Assert.Equal("hacken van een account", IncidentCategory.HackedAccount.Label());
        Assert.Equal("overtreding van het protocol door een medewerker", IncidentCategory.StaffBreach.Label());
        Assert.False(IncidentCategories.TryParse("Cyberbullying", out _));
    }
}

using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Address;

public sealed class AddressDetectorTests
{
    [Theory]
    [InlineData("Het feest is bij ons thuis, Kerkstraat 12.", "Kerkstraat 12")]
    [InlineData("Ze woont op de Van Goghlaan 3a in Delft.", "Van Goghlaan 3a")]
    [InlineData("Adres: Dorpsweg 14-2", "Dorpsweg 14-2")]
    [InlineData("Ophalen aan de Burgemeester de Withstraat 7", "Burgemeester de Withstraat 7")]
    [InlineData("afleveren op de kerkstraat 12 graag", "kerkstraat 12")]
    [InlineData("We zitten aan de Oude Gracht 112.", "Oude Gracht 112")]
    [InlineData("Postcode 1234 AB.", "1234 AB")]
    [InlineData("Postcode 1234AB.", "1234AB")]
    [InlineData("Langs 1500 KM Hoorn.", "1500 KM")]
    public void Finds_addresses_and_postcodes(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Address, text));
    }

    [Fact]
    public void Finds_a_full_address_as_street_and_postcode()
    {
        Assert.Equal(["Kerkstraat 12", "3512 AB"], PersonalDataCheck.Find(FindingKinds.Address, "Kerkstraat 12, 3512 AB Utrecht"));
    }

    [Theory]
    [InlineData("We zijn onderweg 3 uur geweest.")]
    [InlineData("In 2012 en 2013 was het feest.")]
    [InlineData("Het fietspad 2 keer geveegd.")]
    [InlineData("We liepen 1500 KM in totaal.")]
    [InlineData("De Straat 5 is een boek.")]
    [InlineData("Op het Schoolplein om 12:30 verzamelen.")]
    [InlineData("Postcodes als 1234 SA bestaan niet.")]
    [InlineData("Groep 8 speelt op het plein.")]
    public void Leaves_numbers_in_ordinary_sentences_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Address, text));
    }
}

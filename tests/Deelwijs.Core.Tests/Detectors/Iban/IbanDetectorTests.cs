using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Iban;

public sealed class IbanDetectorTests
{
    [Theory]
    [InlineData("Maak het geld over naar NL91 ABNA 0417 1643 00, dan regel ik het.", "NL91 ABNA 0417 1643 00")]
    [InlineData("Rekening NL91ABNA0417164300.", "NL91ABNA0417164300")]
    [InlineData("rekening nl91abna0417164300", "nl91abna0417164300")]
    [InlineData("Duitse rekening DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("Belgisch: BE68 5390 0754 7034 graag", "BE68 5390 0754 7034")]
    [InlineData("UK: GB82WEST12345698765432", "GB82WEST12345698765432")]
    public void Finds_valid_ibans(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Iban, text));
    }

    [Theory]
    [InlineData("Maak het over naar NL91 ABNA 0417 1643 01.")]
    [InlineData("Rekening NL91ABNA04171643001")]
    [InlineData("Lokaal NL12 is vrij, en de bus NL12 AB ook.")]
    [InlineData("Code XX91ABNA0417164300")]
    [InlineData("Maak het over naar NL91 ABNA 0417 1643 00 t.n.v. de ouderraad.")]
    [InlineData("De ouderbijdrage: NL91ABNA0417164300 t.n.v. Stichting De Regenboog.")]
    public void Leaves_wrong_checksums_and_lookalikes_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Iban, text));
    }
}

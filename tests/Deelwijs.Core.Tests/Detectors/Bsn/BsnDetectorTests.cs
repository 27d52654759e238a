using Deelwijs.Core.Checks;
using Deelwijs.Core.Detectors.Bsn;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Bsn;

public sealed class BsnDetectorTests
{
    [Theory]
    [InlineData("Haar BSN is 123456782.", "123456782")]
    [InlineData("BSN: 123.456.782", "123.456.782")]
    [InlineData("bsn 111 222 333 graag invullen", "111 222 333")]
    [InlineData("Burgerservicenummer 1234.56.782", "1234.56.782")]
    public void Finds_numbers_that_pass_the_eleven_test(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Bsn, text));
    }

    [Theory]
    [InlineData("Haar BSN is 123456789.")]
    [InlineData("Ordernummer 1234567820.")]
    [InlineData("De school kreeg € 123.456.782 subsidie.")]
    [InlineData("Nul: 000000000")]
    [InlineData("Bel 0612345678.")]
    public void Leaves_failing_checksums_amounts_and_longer_numbers_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Bsn, text));
    }

    [Theory]
    [InlineData("123456782", true)]
    [InlineData("Op 12-03-2024 om 10.15 uur, in 1865 en 1914", false)]
    [InlineData("Zie pagina 12 345 678 9", false)]
    [InlineData("Sommige cijfers: 1, 2, 3, 4, 5, 6, 7, 8 en 9", false)]
    [InlineData("Het nummer is 1234.56.782.", true)]
    public void Wakes_the_full_search_only_for_nine_digits_close_together(string text, bool expected)
    {
        Assert.Equal(expected, BsnDetector.HasNineDigitsClose(text));
    }
}

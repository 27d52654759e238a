using Deelwijs.Core.Checks;
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
}

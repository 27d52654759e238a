using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Phone;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("Bel me op 06-12345678 als je vragen hebt.", "06-12345678")]
    [InlineData("Bel me op 06 1234 5678.", "06 1234 5678")]
    [InlineData("Mijn nummer: 0612345678", "0612345678")]
    [InlineData("App even naar 06 12 34 56 78!", "06 12 34 56 78")]
    [InlineData("Bereikbaar via +31 6 12345678.", "+31 6 12345678")]
    [InlineData("Bereikbaar via +31(0)6-12345678.", "+31(0)6-12345678")]
    [InlineData("Bereikbaar via +31 (0)6 1234 5678.", "+31 (0)6 1234 5678")]
    [InlineData("Bereikbaar via 0031 6 12345678.", "0031 6 12345678")]
    [InlineData("Bel thuis: 010-1234567", "010-1234567")]
    [InlineData("Bel thuis: 020 123 4567", "020 123 4567")]
    [InlineData("Bel thuis: (010) 123 45 67", "(010) 123 45 67")]
    [InlineData("Bel thuis: 0513-123456", "0513-123456")]
    [InlineData("Bel mijn Belgische nummer +32 470 12 34 56", "+32 470 12 34 56")]
    [InlineData("Duits nummer: +49 30 1234567.", "+49 30 1234567")]
    [InlineData("UK: +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Kortste buitenlandse nummer: +1 2345 678.", "+1 2345 678")]
    public void Finds_phone_numbers(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Phone, text));
    }

    [Theory]
    [InlineData("De excursie is op 14-03-2025 en kost € 12,50.")]
    [InlineData("Op 01-02-2023 10:00 begint de les.")]
    [InlineData("Het schoolreisje kost 0,50 per kind, in 2024 en 2025.")]
    [InlineData("De sportdag duurt van 09:30 tot 15:00 uur.")]
    [InlineData("Ons adres is 1234 AB Utrecht.")]
    [InlineData("Bel gratis 0800-1234567 of de Vertrouwensinspecteur op 0900-1113111.")]
    [InlineData("Bij nood bel je 112.")]
    [InlineData("Gemeente: 14 020.")]
    [InlineData("Bestelnummer 012345678901234.")]
    [InlineData("Groep 8 scoorde 534 punten, ruim boven 2023.")]
    [InlineData("Tel 06-123456 is te kort.")]
    public void Leaves_dates_amounts_times_and_service_numbers_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Phone, text));
    }
}

using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.SpecialCategory;

public sealed class SpecialCategoryDetectorTests
{
    [Theory]
    [InlineData("Sanne heeft ADHD, dus ze mag even naar de gang.", "ADHD")]
    [InlineData("Onze leerling met autisme deed het super vandaag.", "autisme")]
    [InlineData("Hij heeft sinds kort dyslexie.", "dyslexie")]
    [InlineData("Bij hem is epilepsie vastgesteld.", "epilepsie")]
    [InlineData("Mijn zoon heeft het syndroom van Down.", "syndroom van Down")]
    [InlineData("Die jongen zit in een rolstoel.", "rolstoel")]
    [InlineData("Haar diabetes is goed onder controle.", "diabetes")]
    [InlineData("Pieter is moslim en viert het Suikerfeest.", "moslim")]
    [InlineData("Daan van der Berg is homo en dat mag iedereen weten.", "homo")]
    [InlineData("Zijn vader heeft een strafblad.", "strafblad")]
    [InlineData("Mijn leerling Kees is dyslectisch.", "dyslectisch")]
    [InlineData("Ze heeft PDD-NOS.", "PDD-NOS")]
    public void Finds_sensitive_data_about_a_person(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.SpecialCategory, text));
    }

    [Theory]
    [InlineData("Wij geven voorlichting over autisme.")]
    [InlineData("Week van de dyslexie: lees mee!")]
    [InlineData("Onze leerlingen met dyslexie krijgen extra tijd.")]
    [InlineData("Hoe help je een kind met ADHD?")]
    [InlineData("Ik heb zelf ook dyslexie.")]
    [InlineData("Wij zijn een christelijke school.")]
    [InlineData("Hij geeft een lezing over epilepsie.")]
    [InlineData("Onderzoek heeft aangetoond dat dyslexie erfelijk is.")]
    [InlineData("Add the files and the odd ones.")]
    [InlineData("Fijne ramadan aan iedereen die vast!")]
    [InlineData("Ze hebben samen een boek over autisme geschreven.")]
    public void Leaves_general_sentences_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.SpecialCategory, text));
    }
}

namespace Deelwijs.Media;

/// <summary>What is wrong with a damaged file, as the end of a Dutch sentence ("... maar is beschadigd: ...").</summary>
internal static class DamageText
{
    public const string Truncated = "het einde ontbreekt (misschien is het niet helemaal opgeslagen of verstuurd)";

    public static string Invalid(string typeName) => $"de inhoud is geen geldig {typeName}-bestand";
}

namespace Deelwijs.Documents;

/// <summary>Ready Dutch wordings of the measures for the <c>{{maatregel}}</c> field of a letter.</summary>
public static class MeasureTexts
{
    public static string PupilWarning => "een schriftelijke waarschuwing";

    public static string WrittenReprimand => "een schriftelijke berisping";

    /// <summary>"een schorsing van maandag 7 december 2026 tot en met dinsdag 8 december 2026", or "op" for one day.</summary>
    public static string Suspension(DateOnly first, DateOnly last) => Period("een schorsing", first, last);

    /// <summary>A staff member's suspension as a disciplinary measure, worded like <see cref="Suspension"/>.</summary>
    public static string StaffSuspension(DateOnly first, DateOnly last) => Period("een schorsing als disciplinaire maatregel", first, last);

    public static string Removal(DateOnly from) => $"verwijdering van school met ingang van {DutchDates.Long(from)}";

    private static string Period(string measure, DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), "The last day of a suspension comes before its first day.");
        }

        return first == last
            ? $"{measure} op {DutchDates.Long(first)}"
            : $"{measure} van {DutchDates.Long(first)} tot en met {DutchDates.Long(last)}";
    }
}

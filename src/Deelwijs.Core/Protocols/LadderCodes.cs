namespace Deelwijs.Core.Protocols;

/// <summary>The protocol-file codes and Dutch words for ladder audiences, conditions and labour agreements.</summary>
public static class LadderCodes
{
    // Listed in enum order, so a value is its own index.
    private static readonly (StepCondition Value, string Code)[] Conditions =
    [
        (StepCondition.Always, "always"), (StepCondition.Repetition, "repetition"), (StepCondition.Serious, "serious"),
        (StepCondition.Grensoverschrijdend, "grensoverschrijdend"), (StepCondition.PossiblyCriminal, "possibly-criminal"),
        (StepCondition.SuspensionOverOneDay, "suspension-over-one-day"), (StepCondition.StaffMeasure, "staff-measure"),
    ];

    private static readonly (LabourAgreement Value, string Code)[] Agreements =
        [(LabourAgreement.CaoPo, "cao-po"), (LabourAgreement.CaoVo, "cao-vo")];

    public static IEnumerable<string> ConditionCodes => Conditions.Select(c => c.Code);
    public static IEnumerable<string> AgreementCodes => Agreements.Select(a => a.Code);

    public static string Code(this StepCondition value) => Conditions[(int)value].Code;
    public static string Code(this LabourAgreement value) => Agreements[(int)value].Code;
    public static string Code(this LadderAudience value) => value == LadderAudience.Pupils ? "pupils" : "staff";

    public static bool TryParseCondition(string? code, out StepCondition value) => TryFind(Conditions, code, out value);
    public static bool TryParseAgreement(string? code, out LabourAgreement value) => TryFind(Agreements, code, out value);

    /// <summary>Dutch name of a ladder ("de ladder voor leerlingen en ouders").</summary>
    public static string Dutch(this LadderAudience value) =>
        value == LadderAudience.Pupils ? "de ladder voor leerlingen en ouders" : "de ladder voor medewerkers";

    /// <summary>Dutch name of a labour agreement ("de cao po").</summary>
    public static string Dutch(this LabourAgreement value) => value == LabourAgreement.CaoPo ? "de cao po" : "de cao vo";

    /// <summary>Why a step applies, in Dutch ("bij herhaling", "de leerling is langer dan een dag geschorst").</summary>
    public static string Dutch(this StepCondition value) => value switch
    {
        StepCondition.Always => "in elke zaak",
        StepCondition.Repetition => "bij herhaling",
        StepCondition.Serious => "afhankelijk van de ernst",
        StepCondition.Grensoverschrijdend => "de communicatie van de medewerker is grensoverschrijdend genoemd",
        StepCondition.PossiblyCriminal => "het kan om een strafbaar feit gaan",
        StepCondition.SuspensionOverOneDay => "de leerling is langer dan een dag geschorst",
        _ => "er is een maatregel tegen de medewerker genomen",
    };

    private static bool TryFind<T>((T Value, string Code)[] table, string? code, out T value)
    {
        foreach (var (candidate, candidateCode) in table)
        {
            if (string.Equals(candidateCode, code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }
}

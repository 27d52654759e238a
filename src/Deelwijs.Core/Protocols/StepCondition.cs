namespace Deelwijs.Core.Protocols;

/// <summary>When a ladder step applies to a case (the step's <c>when</c> in a protocol file).</summary>
public enum StepCondition
{
    /// <summary>In every case.</summary>
    Always,

    /// <summary>Only when the same person had an earlier case ("bij herhaling").</summary>
    Repetition,

    /// <summary>A measure the school may choose depending on how serious the case is ("afhankelijk van de ernst").</summary>
    Serious,

    /// <summary>The school has qualified a staff member's conduct as 'grensoverschrijdend'.</summary>
    Grensoverschrijdend,

    /// <summary>The conduct may be a criminal offence.</summary>
    PossiblyCriminal,

    /// <summary>A pupil is suspended for more than one day.</summary>
    SuspensionOverOneDay,

    /// <summary>A measure has been recorded against a staff member.</summary>
    StaffMeasure,
}

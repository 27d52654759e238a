namespace Deelwijs.Web.Pages.Meldingen;

/// <summary>The form to record a ladder step.</summary>
public sealed class StepForm
{
    public string? StepId { get; set; }

    public DateOnly? Date { get; set; }

    public string? Present { get; set; }

    public string? Outcome { get; set; }
}

/// <summary>The form with the facts that make reports mandatory.</summary>
public sealed class FactsForm
{
    public bool Grensoverschrijdend { get; set; }

    public bool PossiblyCriminal { get; set; }

    public int SuspensionDays { get; set; }
}

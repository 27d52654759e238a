using Deelwijs.Core.Incidents;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Meldingen;

/// <summary>
/// One case for its handlers: the report, who is involved, evidence, the facts, the protocol's ladder with the next steps
/// (mandatory ones first), recording a step, and closing. Anyone else, and anyone of another school, gets 404.
/// </summary>
[Authorize(Policy = Policies.IncidentHandler)]
[RequestSizeLimit(EvidenceFile.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFile.MaxBytes + (1024 * 1024))]
public sealed class ZaakModel(CurrentSchool currentSchool, IncidentCases cases, IncidentHandling handling, RosterChoices rosterChoices, TimeProvider time) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<PeopleGroup> Roster { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public FactsForm Facts { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(int id, int document, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        if (await cases.DocumentAsync(school, this.Actor(), id, document, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostStapAsync(int id, CancellationToken cancellationToken)
    {
        EvidenceFile? document = null;
        if (Document is { } upload)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                document = await EvidenceFile.ReadAsync(stream, upload.FileName, upload.Length, cancellationToken);
            }
            catch (EvidenceFileException e)
            {
                return await RefusedAsync(id, HandlingResult.Refused(e.Message), cancellationToken);
            }
        }

        var input = new StepInput(Step.StepId, Step.Date, Step.Present, Step.Outcome);
        return await DoneAsync(id, await handling.RecordStepAsync(await SchoolAsync(cancellationToken), this.Actor(), id, input, document, cancellationToken),
            "De stap is vastgelegd en staat in het dossier.", cancellationToken);
    }

    public async Task<IActionResult> OnPostFeitenAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handling.SetFactsAsync(await SchoolAsync(cancellationToken), this.Actor(), id,
            new CaseFacts(Facts.Grensoverschrijdend, Facts.PossiblyCriminal, Facts.SuspensionDays), cancellationToken),
            "De feiten zijn opgeslagen. De stappen hieronder houden er rekening mee.", cancellationToken);

    public async Task<IActionResult> OnPostOnderwerpAsync(int id, int betrokkene, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handling.SetSubjectAsync(await SchoolAsync(cancellationToken), this.Actor(), id, betrokkene, cancellationToken),
            "Opgeslagen om wie de zaak gaat. De stappen van de zaak staan nu in diens dossier.", cancellationToken);

    public async Task<IActionResult> OnPostBetrokkeneAsync(int id, int persoon, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handling.AddPersonAsync(await SchoolAsync(cancellationToken), this.Actor(), id, persoon, cancellationToken),
            "De persoon is toegevoegd aan de betrokkenen.", cancellationToken);

    public async Task<IActionResult> OnPostSluitenAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handling.CloseAsync(await SchoolAsync(cancellationToken), this.Actor(), id, cancellationToken),
            "De zaak is afgesloten.", cancellationToken, conflict: true);

    private async Task<SchoolAccess> SchoolAsync(CancellationToken cancellationToken) => School = await currentSchool.GetAsync(cancellationToken);

    private async Task<IActionResult> DoneAsync(int id, HandlingResult result, string message, CancellationToken cancellationToken, bool conflict = false)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Error is not null)
        {
            return await RefusedAsync(id, result, cancellationToken, conflict);
        }

        Message = message;
        return RedirectToPage(new { id });
    }

    /// <summary>The page again with the reason: 409 when the case's state stands in the way (closed, a mandatory step open), else 400.</summary>
    private async Task<IActionResult> RefusedAsync(int id, HandlingResult result, CancellationToken cancellationToken, bool conflict = false)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = result.Error;
        Response.StatusCode = conflict || !Case.IsOpen ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        if (await cases.ViewAsync(School, this.Actor(), id, cancellationToken) is not { } view)
        {
            return false;
        }

        Case = view;
        Today = SchoolDay.Today(time);
        Roster = await rosterChoices.ForSchoolAsync(School.SchoolId, cancellationToken);
        if (Request.Method == HttpMethods.Get || Step.StepId is null)
        {
            Step = new StepForm { StepId = view.Plan.Plan.NextSteps.FirstOrDefault()?.Step.Id, Date = Today, Present = Step.Present, Outcome = Step.Outcome };
            Facts = new FactsForm { Grensoverschrijdend = view.Facts.Grensoverschrijdend, PossiblyCriminal = view.Facts.PossiblyCriminal, SuspensionDays = view.Facts.SuspensionDays };
        }

        return true;
    }
}

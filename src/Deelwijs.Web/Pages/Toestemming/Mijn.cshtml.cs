using Deelwijs.Data;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Toestemming;

/// <summary>"Mijn verzoeken": the signed-in user's own requests at their school, newest first, with the decision and its comment.</summary>
[Authorize]
public sealed class MijnModel(DeelwijsDbContext db, CurrentSchool currentSchool) : PageModel
{
    public IReadOnlyList<ApprovalRow> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        var userId = currentSchool.UserId;
        Requests = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.SchoolId == school.SchoolId && r.AuthorUserId == userId)
            .OrderByDescending(r => r.Id)
            .Select(r => new ApprovalRow(r.Id, r.Author!.DisplayName, r.ApproverRole, r.Status, r.Verdict, r.CreatedAt, r.Text,
                r.Steps.Where(s => s.Kind == ApprovalStepKind.Approved || s.Kind == ApprovalStepKind.Declined || s.Kind == ApprovalStepKind.ChangesRequested)
                    .OrderByDescending(s => s.Id).Select(s => s.Comment).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

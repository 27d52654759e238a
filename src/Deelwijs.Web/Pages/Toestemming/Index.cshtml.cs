using Deelwijs.Data;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Toestemming;

/// <summary>"Verzoeken om toestemming": the open requests of the approver's own school for the roles they hold, not their own.</summary>
[Authorize(Policy = Policies.Approver)]
public sealed class IndexModel(DeelwijsDbContext db, CurrentSchool currentSchool) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<ApprovalRow> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var roles = School.Roles.Where(ApproverRoles.IsApprover).ToList();
        var userId = currentSchool.UserId;
        var rows = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.SchoolId == School.SchoolId && r.Status == ApprovalStatus.Open && r.AuthorUserId != userId)
            .OrderBy(r => r.Id)
            .Select(r => new ApprovalRow(r.Id, r.Author!.DisplayName, r.ApproverRole, r.Status, r.Verdict, r.CreatedAt, r.Text, null))
            .ToListAsync(cancellationToken);

        // Filtered here rather than in SQL: a school has few open requests, and the role column is stored as a code.
        Open = [.. rows.Where(r => roles.Contains(r.ApproverRole))];
    }
}

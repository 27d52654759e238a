using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Approvals;

/// <summary>Deletes the draft (the result that quotes it, its media and who is on them) of decided requests past their retention period; the steps stay.</summary>
public sealed class ApprovalRetention(DeelwijsDbContext db, TimeProvider time, ILogger<ApprovalRetention> logger)
{
    /// <summary>Deletes what has expired now; returns how many drafts were deleted.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken = default) => RunAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>Deletes what has expired at <paramref name="now"/>; returns how many drafts were deleted.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var expired = await db.ApprovalRequests
            .Include(r => r.Attachments)
            .Where(r => r.Status != ApprovalStatus.Open && r.ExpiresAt != null && r.ExpiresAt <= now
                && (r.Text != null || r.ResultJson != null || r.Depicted != null || r.Attachments.Any()))
            .ToListAsync(cancellationToken);
        foreach (var request in expired)
        {
            request.Text = null;
            request.ResultJson = null;
            request.Depicted = null;
            db.RemoveRange(request.Attachments);
            db.ApprovalSteps.Add(new ApprovalStep { ApprovalRequestId = request.Id, Kind = ApprovalStepKind.DeletedByRetention, At = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Bewaartermijn: {Count} bericht(en) van toestemmingsverzoeken gewist.", expired.Count);
        return expired.Count;
    }
}

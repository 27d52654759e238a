using Deelwijs.Data;
using Deelwijs.Media;
using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Approvals;

/// <summary>What of a draft's media an approval request keeps: a copy without location where possible, and nothing too large.</summary>
public static class ApprovalMedia
{
    /// <summary>Larger files are not stored; the approver sees the name and asks the author to show it.</summary>
    public const long MaxStoredBytes = 20 * MediaLimits.Megabyte;

    public static ApprovalAttachment ToAttachment(MediaUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);

        // Keep no more than the approver needs: the picture, not where it was taken.
        var content = MetadataStripper.Strip(upload.Content, upload.FileName) ?? upload.Content;
        return new ApprovalAttachment
        {
            FileName = upload.FileName,
            ContentType = upload.Inspection.ContentType,
            Content = content.Length <= MaxStoredBytes ? content : null,
        };
    }
}

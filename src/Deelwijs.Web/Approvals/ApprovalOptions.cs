using System.ComponentModel.DataAnnotations;

namespace Deelwijs.Web.Approvals;

/// <summary>Settings of approval requests (section Deelwijs:Approvals).</summary>
public sealed class ApprovalOptions
{
    public const string Section = "Deelwijs:Approvals";

    /// <summary>How many days after the decision the draft is deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often the retention service looks for drafts to delete.</summary>
    [Range(1, 10080)]
    public int RetentionIntervalMinutes { get; set; } = 60;
}

namespace Deelwijs.Data;

/// <summary>Where an approval request stands; stored as its code ("changes-requested").</summary>
public enum ApprovalStatus
{
    Open,
    Approved,
    Declined,
    ChangesRequested,
}

/// <summary>What happened in an <see cref="ApprovalStep"/>; stored as its code ("deleted-by-retention").</summary>
public enum ApprovalStepKind
{
    Asked,
    Approved,
    Declined,
    ChangesRequested,
    Commented,
    DeletedByRetention,
}

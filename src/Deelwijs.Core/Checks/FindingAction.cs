namespace Deelwijs.Core.Checks;

/// <summary>What a finding asks of the author; the protocol's rule decides it per kind.</summary>
public enum FindingAction
{
    /// <summary>The author can fix it (gives needs-changes).</summary>
    Change = 1,

    /// <summary>Someone must permit it (gives needs-approval).</summary>
    Approval = 2,

    /// <summary>It may not be posted (gives not-allowed).</summary>
    Forbidden = 3,
}

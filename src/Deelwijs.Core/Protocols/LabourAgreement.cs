namespace Deelwijs.Core.Protocols;

/// <summary>The collective labour agreement that decides which disciplinary measures exist for staff.</summary>
public enum LabourAgreement
{
    /// <summary>cao po: primary and special education (so/vso).</summary>
    CaoPo,

    /// <summary>cao vo: secondary education.</summary>
    CaoVo,
}

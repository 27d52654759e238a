namespace Deelwijs.Core.Protocols;

/// <summary>How Deelwijs puts an article into practice.</summary>
public enum Enforcement
{
    /// <summary>A detector finds a violation in a post.</summary>
    Check,

    /// <summary>A process in Deelwijs carries it out (consent, approval, incident, sanction, ...).</summary>
    Workflow,

    /// <summary>Shown as a reminder only.</summary>
    Guidance,
}

namespace Deelwijs.Data;

/// <summary>Where a case stands; stored as its code ("open", "closed").</summary>
public enum IncidentStatus
{
    Open,
    Closed,
}

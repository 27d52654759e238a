namespace Deelwijs.Core.Protocols;

/// <summary>Whose conduct a sanction ladder is for: pupils (and their parents) or staff.</summary>
public enum LadderAudience
{
    Pupils,
    Staff,
}

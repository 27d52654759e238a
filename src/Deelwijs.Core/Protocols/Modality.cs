namespace Deelwijs.Core.Protocols;

/// <summary>What kind of norm an article sets.</summary>
public enum Modality
{
    Forbidden,
    Required,
    NeedsPermission,
    Advice,
    Principle,
}

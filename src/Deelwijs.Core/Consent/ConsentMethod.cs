namespace Deelwijs.Core.Consent;

/// <summary>How a consent reached the school: a paper form typed in by staff, the parent or pupil portal, or a file import.</summary>
public enum ConsentMethod
{
    Form,
    Portal,
    Import,
}

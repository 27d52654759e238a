namespace Deelwijs.Core.Consent;

/// <summary>A person's current choice for one purpose; no answer counts as no consent.</summary>
public enum ConsentAnswer
{
    NoAnswer,
    Given,
    Refused,
}

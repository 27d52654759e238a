namespace Deelwijs.Core.Consent;

/// <summary>
/// Something a school uses images for, such as its website; consent is asked per purpose.
/// <paramref name="Code"/> is what CSV files use, <paramref name="Name"/> and <paramref name="Explanation"/> are what parents read.
/// </summary>
public sealed record ConsentPurpose(string Code, string Name, string Explanation);

using Deelwijs.Core.Consent;

namespace Deelwijs.Data;

/// <summary>A purpose a school asks image consent for (its website, its newsletter, ...), with the words parents read; switched off rather than deleted.</summary>
public sealed class ConsentPurposeSetting
{
    public const int CodeLength = 50;
    public const int NameLength = 100;
    public const int ExplanationLength = 500;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The code consent files use ("website"); never changes, so history keeps its meaning.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Explanation { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Switched-off purposes are no longer asked; their history stays.</summary>
    public bool Active { get; set; } = true;

    public ConsentPurpose ToPurpose() => new(Code, Name, Explanation);

    /// <summary>The purposes every school starts with (<see cref="ConsentPurposes.Defaults"/>).</summary>
    public static IEnumerable<ConsentPurposeSetting> DefaultsFor(int schoolId) =>
        ConsentPurposes.Defaults.Select((purpose, index) => new ConsentPurposeSetting
        {
            SchoolId = schoolId,
            Code = purpose.Code,
            Name = purpose.Name,
            Explanation = purpose.Explanation,
            SortOrder = index,
        });
}

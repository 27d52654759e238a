using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Web.Protocols;

/// <summary>A group of readers of the protocol (staff, parents, pupils), with the URL slug of its page.</summary>
public sealed record ProtocolAudience(string Slug, string Label, string Intro, Func<ProtocolRule, bool> Includes)
{
    public static readonly IReadOnlyList<ProtocolAudience> All =
    [
        new("medewerkers", "Medewerkers", "Deze afspraken gelden voor iedereen die op school of bij het bestuur werkt.",
            rule => rule.Audience.Any(code => ContractCodes.TryParseRole(code, out var role) && role.IsEmployee())),
        new("ouders", "Ouders", "Deze afspraken gelden voor ouders en verzorgers.",
            rule => rule.Audience.Contains("parent")),
        new("leerlingen", "Leerlingen", "Deze afspraken gelden voor leerlingen.",
            rule => rule.Audience.Contains("pupil")),
    ];

    public static ProtocolAudience? Find(string? slug) =>
        All.FirstOrDefault(a => string.Equals(a.Slug, slug, StringComparison.OrdinalIgnoreCase));
}

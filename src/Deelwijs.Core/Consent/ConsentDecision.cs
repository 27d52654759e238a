using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>One choice about one person's images for one purpose and school year, as given on a day by someone.</summary>
public sealed record ConsentDecision(
    Person Person,
    string Purpose,
    bool Granted,
    DateOnly Date,
    ConsentGiver GivenBy,
    SchoolYear SchoolYear);

using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Detectors.Media;

/// <summary>Everyone on a draft's media: the people the author chose, plus the names tagged in the files themselves.</summary>
internal static class DepictedPeople
{
    public static List<DepictedPerson> Of(CheckRequest request, RosterLookup roster)
    {
        var people = new List<DepictedPerson>(request.Depicted);
        foreach (var name in request.Media.SelectMany(item => item.TaggedNames))
        {
            var matches = roster.ByName(name);
            people.Add(new DepictedPerson(name, matches.Count == 1 ? matches[0] : null));
        }

        // The same child chosen by hand and tagged in the photo is one person.
        return people
            .DistinctBy(p => p.Person is { } person ? person.FullName + "\u0001" + person.Number : "\u0002" + p.Name.Trim().ToUpperInvariant())
            .ToList();
    }
}

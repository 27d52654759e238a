using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Media;

/// <summary>Someone on a draft's media: the name as given, and the roster person when the name is on the roster.</summary>
public sealed record DepictedPerson(string Name, Person? Person);

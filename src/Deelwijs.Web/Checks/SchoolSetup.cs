using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Web.Checks;

/// <summary>What a school's check engine is built from: its protocol, its roster and the names people use for it.</summary>
public sealed record SchoolSetup(Protocol Protocol, Roster Roster, IReadOnlyList<string> Names);

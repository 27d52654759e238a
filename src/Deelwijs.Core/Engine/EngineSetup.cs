using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Engine;

/// <summary>What detectors are built from: the protocol, the roster and every name of the school.</summary>
public sealed record EngineSetup(Protocol Protocol, Roster Roster, IReadOnlyList<string> SchoolNames);

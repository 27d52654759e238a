using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Engine;

/// <summary>How the protocol weighs one finding kind in one situation: the strictest action and every rule behind it.</summary>
public sealed record RuleBinding(FindingAction Action, IReadOnlyList<string> Rules);

using System.Collections.Frozen;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>
/// What to do for one situation (role, context, lesson or not), worked out once per engine: how the protocol
/// weighs each finding kind, which detectors can report anything, and which reminders may apply.
/// </summary>
internal sealed record SituationPlan(
    FrozenDictionary<string, RuleBinding> Bindings,
    IDetector[] Detectors,
    (ProtocolRule Rule, Reminder Reminder)[] Reminders);

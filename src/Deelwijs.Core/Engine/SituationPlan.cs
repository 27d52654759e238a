using System.Collections.Frozen;
using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Engine;

/// <summary>
/// What to do for one situation (role, context, lesson or not), worked out once per engine: how the protocol
/// weighs each finding kind, which detectors can report anything (with the bit of each one's start words, see
/// <see cref="IStartWordDetector"/>), and which reminders may apply.
/// </summary>
internal sealed record SituationPlan(
    FrozenDictionary<string, RuleBinding> Bindings,
    IDetector[] Detectors,
    ushort[] StartBits,
    (int Situations, Reminder Reminder)[] Reminders);

using System.Collections.Frozen;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>For every situation (role, context, lesson or not), the <see cref="SituationPlan"/>; computed once per engine.</summary>
internal sealed class RuleBindings
{
    private readonly SituationPlan[] table;

    public RuleBindings(Protocol protocol, IReadOnlyList<IDetector> detectors, IReadOnlyDictionary<IDetector, ushort> startBits)
    {
        var roles = Enum.GetValues<Role>();
        table = new SituationPlan[roles.Length * 4];
        foreach (var role in roles)
        {
            foreach (var context in Enum.GetValues<PostContext>())
            {
                foreach (var lesson in new[] { false, true })
                {
                    var rules = protocol.Rules.Where(r => r.AppliesTo(role) && r.AppliesIn(context, lesson)).ToList();
                    var bindings = Bind(rules);

                    // A detector none of whose kinds the protocol checks here is never called.
                    var active = detectors.Where(d => d.Kinds.Any(bindings.ContainsKey)).ToArray();
                    var bits = active.Select(d => startBits.GetValueOrDefault(d)).ToArray();
                    table[Index(role, context, lesson)] = new SituationPlan(bindings, active, bits, [.. rules.Where(r => r.Reminder is not null).Select(r => (Reminders.SituationsOf(r.Reminder!), new Reminder(r.Id, r.Reminder!.Text)))]);
                }
            }
        }
    }

    public SituationPlan For(CheckRequest request) =>
        table[Index(request.Role, request.EffectiveContext, request.DuringLesson)];

    private static int Index(Role role, PostContext context, bool lesson) =>
        ((int)role * 4) + ((int)context * 2) + (lesson ? 1 : 0);

    private static FrozenDictionary<string, RuleBinding> Bind(IEnumerable<ProtocolRule> rules)
    {
        var bindings = new Dictionary<string, (FindingAction Action, List<string> Rules)>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var (kind, action) in rule.Checks)
            {
                if (bindings.TryGetValue(kind, out var existing))
                {
                    existing.Rules.Add(rule.Id);
                    bindings[kind] = (action > existing.Action ? action : existing.Action, existing.Rules);
                }
                else
                {
                    bindings[kind] = (action, [rule.Id]);
                }
            }
        }

        return bindings.ToFrozenDictionary(p => p.Key, p => new RuleBinding(p.Value.Action, p.Value.Rules), StringComparer.Ordinal);
    }
}

using System.Collections.Frozen;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Engine;

/// <summary>For every situation (role, context, lesson or not), which finding kinds the protocol checks and how; computed once per engine.</summary>
internal sealed class RuleBindings
{
    private readonly FrozenDictionary<string, RuleBinding>[] table;

    public RuleBindings(Protocol protocol)
    {
        var roles = Enum.GetValues<Role>();
        table = new FrozenDictionary<string, RuleBinding>[roles.Length * 4];
        foreach (var role in roles)
        {
            foreach (var context in Enum.GetValues<PostContext>())
            {
                foreach (var lesson in new[] { false, true })
                {
                    table[Index(role, context, lesson)] = Bind(protocol, role, context, lesson);
                }
            }
        }
    }

    public FrozenDictionary<string, RuleBinding> For(CheckRequest request) =>
        table[Index(request.Role, request.EffectiveContext, request.DuringLesson)];

    private static int Index(Role role, PostContext context, bool lesson) =>
        ((int)role * 4) + ((int)context * 2) + (lesson ? 1 : 0);

    private static FrozenDictionary<string, RuleBinding> Bind(Protocol protocol, Role role, PostContext context, bool lesson)
    {
        var bindings = new Dictionary<string, (FindingAction Action, List<string> Rules)>(StringComparer.Ordinal);
        foreach (var rule in protocol.Rules.Where(r => r.AppliesTo(role) && r.AppliesIn(context, lesson)))
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

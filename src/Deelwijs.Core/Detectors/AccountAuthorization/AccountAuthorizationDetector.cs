using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Detectors.AccountAuthorization;

/// <summary>
/// Finds a post on an official account by a role that the protocol's <c>accounts</c> section does not allow there
/// (Konot accounts: the board account only for the board, directors and office staff). An account the protocol does
/// not list is not judged. 'staff' in the list covers every employee role.
/// </summary>
internal sealed class AccountAuthorizationDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.AccountNotAuthorized];

    private static readonly Role[] Roles = Enum.GetValues<Role>();

    // Message and suggestion for every (account, role) that is not allowed, built once; an array, as a frozen
    // dictionary with tuple keys took longer to compile than all checks of a short batch need.
    private readonly (string Message, string Suggestion)?[] refusals = new (string, string)?[Enum.GetValues<Channel>().Length * Roles.Length];

    public AccountAuthorizationDetector(EngineSetup setup)
    {
        foreach (var (channel, allowed) in setup.Protocol.Accounts)
        {
            if (channel == Channel.PrivateAccount)
            {
                continue;
            }

            var account = DutchNames.Account(channel);
            var who = DutchNames.List([.. allowed.Select(ProtocolDutch.Group)]);
            foreach (var role in Roles.Where(r => !IsAllowed(allowed, r)))
            {
                refusals[Index(channel, role)] = (
                    $"Op {account} mogen volgens het protocol alleen {who} berichten plaatsen. "
                    + $"Jij schrijft als {DutchNames.Person(role)}, en die rol hoort daar niet bij.",
                    $"Plaats dit bericht niet zelf op {account}. Vraag iemand die er wel op mag plaatsen ({who}) "
                    + "om het bericht te beoordelen en te plaatsen.");
            }
        }
    }

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        var index = Index(request.Channel, request.Role);
        if ((uint)index < (uint)refusals.Length && (uint)request.Role < (uint)Roles.Length && refusals[index] is { } refusal)
        {
            context.ReportPost(FindingKinds.AccountNotAuthorized, refusal.Message, refusal.Suggestion);
        }
    }

    private static int Index(Channel channel, Role role) => ((int)channel * Roles.Length) + (int)role;

    private static bool IsAllowed(IReadOnlyList<string> allowed, Role role) =>
        allowed.Contains(role.Code(), StringComparer.Ordinal) || (role.IsEmployee() && allowed.Contains("staff", StringComparer.Ordinal));
}

namespace Deelwijs.Core.Checks;

/// <summary>The contract's wire names for channels, roles, contexts, verdicts and actions.</summary>
public static class ContractCodes
{
    private static readonly (Channel Value, string Code)[] Channels =
    [
        (Channel.PrivateAccount, "private-account"), (Channel.SchoolAccount, "school-account"),
        (Channel.BoardAccount, "board-account"), (Channel.SchoolApp, "school-app"),
        (Channel.Website, "website"), (Channel.FunctionalAccount, "functional-account"),
    ];

    private static readonly (Role Value, string Code)[] Roles =
    [
        (Role.Staff, "staff"), (Role.Manager, "manager"), (Role.Director, "director"), (Role.Board, "board"),
        (Role.Office, "office"), (Role.Communications, "communications"), (Role.PrivacyOfficer, "privacy-officer"),
        (Role.Confidant, "confidant"), (Role.Ict, "ict"), (Role.Pupil, "pupil"), (Role.Parent, "parent"),
    ];

    private static readonly (PostContext Value, string Code)[] Contexts =
        [(PostContext.Work, "work"), (PostContext.Private, "private")];

    private static readonly (ReplyTo Value, string Code)[] Replies =
        [(ReplyTo.Pupil, "pupil"), (ReplyTo.Parent, "parent"), (ReplyTo.Staff, "staff"), (ReplyTo.Public, "public")];

    public static IEnumerable<string> ChannelCodes => Channels.Select(c => c.Code);
    public static IEnumerable<string> RoleCodes => Roles.Select(r => r.Code);
    public static IEnumerable<string> ContextCodes => Contexts.Select(c => c.Code);
    public static IEnumerable<string> ReplyToCodes => Replies.Select(r => r.Code);

    /// <summary>The roles an author can check a post as (the contract's --role values).</summary>
    public static IEnumerable<string> AuthorRoleCodes =>
        ["staff", "manager", "director", "board", "office", "communications", "pupil", "parent"];

    // The tables list the enum values in order, so a value is its own index.
    public static string Code(this Channel value) => Channels[(int)value].Code;
    public static string Code(this Role value) => Roles[(int)value].Code;
    public static string Code(this PostContext value) => Contexts[(int)value].Code;
    public static string Code(this ReplyTo value) => value == ReplyTo.None ? "" : Replies[(int)value - 1].Code;

    public static string Code(this Verdict value) => value switch
    {
        Verdict.Allowed => "allowed",
        Verdict.NeedsChanges => "needs-changes",
        Verdict.NeedsApproval => "needs-approval",
        _ => "not-allowed",
    };

    public static string Code(this FindingAction value) => value switch
    {
        FindingAction.Change => "change",
        FindingAction.Approval => "approval",
        _ => "forbidden",
    };

    public static bool TryParseChannel(string? code, out Channel value) => TryFind(Channels, code, out value);
    public static bool TryParseRole(string? code, out Role value) => TryFind(Roles, code, out value);
    public static bool TryParseContext(string? code, out PostContext value) => TryFind(Contexts, code, out value);
    public static bool TryParseReplyTo(string? code, out ReplyTo value) => TryFind(Replies, code, out value);

    public static bool TryParseAction(string? code, out FindingAction value)
    {
        (FindingAction, string)[] actions =
            [(FindingAction.Change, "change"), (FindingAction.Approval, "approval"), (FindingAction.Forbidden, "forbidden")];
        return TryFind(actions, code, out value);
    }

    /// <summary>True for every role that is employed by the school or board.</summary>
    public static bool IsEmployee(this Role role) => role is not (Role.Pupil or Role.Parent);

    private static bool TryFind<T>((T Value, string Code)[] table, string? code, out T value)
    {
        foreach (var (candidate, candidateCode) in table)
        {
            if (string.Equals(candidateCode, code, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }
}

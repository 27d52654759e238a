using Deelwijs.Core.Checks;

namespace Deelwijs.Cli.Hosting;

/// <summary>The exit status of the contract: 0 allowed, 1 needs-changes, 3 needs-approval, 4 not-allowed, 2 usage or input error.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int UsageError = 2;

    public static int For(Verdict verdict) => verdict switch
    {
        Verdict.Allowed => 0,
        Verdict.NeedsChanges => 1,
        Verdict.NeedsApproval => 3,
        _ => 4,
    };
}

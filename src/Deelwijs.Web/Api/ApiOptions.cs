using System.ComponentModel.DataAnnotations;

namespace Deelwijs.Web.Api;

/// <summary>Settings of the JSON API (section "Deelwijs:Api").</summary>
public sealed record ApiOptions
{
    public const string Section = "Deelwijs:Api";

    /// <summary>Requests one API key may make per minute before it gets 429.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; init; } = 120;
}

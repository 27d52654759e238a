using System.ComponentModel.DataAnnotations;
using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Pages.Controleren;

/// <summary>What the check form sends: the draft and its situation, as contract codes.</summary>
public sealed class CheckInput
{
    [Required(ErrorMessage = "Vul de tekst van je bericht in.")]
    [StringLength(CheckRequest.MaxTextLength, ErrorMessage = "Je bericht is te lang: hoogstens {1} tekens. Controleer het in delen.")]
    [Display(Name = "Je bericht")]
    public string Text { get; set; } = "";

    public string Channel { get; set; } = "private-account";

    public string? Context { get; set; }

    public string? ReplyTo { get; set; }

    public bool NegativeThread { get; set; }

    public bool DuringLesson { get; set; }

    /// <summary>The role the author posts in, when they have more than one at this school.</summary>
    public string? Role { get; set; }

    /// <summary>The people on the draft's media, as roster ids of the school.</summary>
    public List<int> Depicted { get; set; } = [];

    /// <summary>The author says the media are not the school's own.</summary>
    public bool NotOwnWork { get; set; }

    /// <summary>The author says the school's logo is visible on the media.</summary>
    public bool ShowsLogo { get; set; }

    /// <summary>Where the files of the previous check wait in memory (<see cref="Checks.MediaTray"/>).</summary>
    public string? MediaToken { get; set; }

    /// <summary>The author takes the files off the draft.</summary>
    public bool RemoveMedia { get; set; }

    /// <summary>The request for the engine; unknown codes (a tampered form) fall back to the safe defaults.</summary>
    public CheckRequest ToRequest(Role role) => new(Text ?? "")
    {
        Channel = ContractCodes.TryParseChannel(Channel, out var channel) ? channel : Core.Checks.Channel.PrivateAccount,
        Role = role,
        Context = ContractCodes.TryParseContext(Context, out var context) ? context : null,
        ReplyTo = ContractCodes.TryParseReplyTo(ReplyTo, out var reply) ? reply : Core.Checks.ReplyTo.None,
        NegativeThread = NegativeThread,
        DuringLesson = DuringLesson,
    };
}

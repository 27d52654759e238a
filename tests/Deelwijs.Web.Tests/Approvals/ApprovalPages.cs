using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Deelwijs.Web.Tests.Approvals;

/// <summary>Drives the approval pages over HTTP as a browser would: ask from the check page, decide on the request's page.</summary>
public static partial class ApprovalPages
{
    /// <summary>A post the demo's first school (SSOE protocol) sends for approval: written during a lesson, with a phone number.</summary>
    public const string LessonPost = "In de les maken we vandaag een vlog. Vragen? Bel me op 06-12345678.";

    /// <summary>Asks permission from the check page; returns the new request's id.</summary>
    public static async Task<int> AskAsync(HttpClient client, string text = LessonPost, string? approverRole = null, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = new Dictionary<string, string>
        {
            ["Input.Text"] = text,
            ["Input.Channel"] = "school-app",
            ["Input.Context"] = "work",
            ["Input.ReplyTo"] = "",
            ["Input.DuringLesson"] = "true",
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(client, "/Controleren"),
        };
        if (approverRole is not null)
        {
            form["approverRole"] = approverRole;
        }

        if (question is not null)
        {
            form["question"] = question;
        }

        var response = await client.PostAsync("/Controleren?handler=VraagToestemming", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = RequestPath().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a decision (handler Goedkeuren, Afwijzen or Aanpassing) with an optional comment.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, int id, string handler, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = string.Create(CultureInfo.InvariantCulture, $"/Toestemming/Verzoek/{id}");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(client, "/Controleren") };
        if (comment is not null)
        {
            form["Comment"] = comment;
        }

        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static string PathOf(int id) => string.Create(CultureInfo.InvariantCulture, $"/Toestemming/Verzoek/{id}");

    [GeneratedRegex("^/Toestemming/Verzoek/([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RequestPath();
}

/// <summary>The system clock moved by a fixed offset: "now" for retention tests.</summary>
public sealed class ShiftedTime(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Deelwijs.Media;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Approvals;

/// <summary>A photo asked about goes with the request, without its location, only to the author and the approvers, and goes at retention.</summary>
public sealed partial class ApprovalMediaTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, bool withPhoto)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AccountPages.AntiForgeryTokenAsync(client, "/Controleren")), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (withPhoto)
        {
            var photo = new ByteArrayContent(ExampleMedia.PhotoWithLocation);
            photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(photo, "Uploads", "sportdag.jpg");
        }

        return await client.PostAsync($"/Controleren{handler}", form);
    }

    [Fact]
    public async Task The_director_sees_the_photo_without_its_location_and_others_do_not_see_it_at_all()
    {
        using var teacher = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var draft = new Dictionary<string, string> { ["Input.Text"] = "Sportdag!", ["Input.Channel"] = "school-app" };
        var checkedPage = WebUtility.HtmlDecode(await (await PostAsync(teacher, "", draft, withPhoto: true)).Content.ReadAsStringAsync());
        var token = TokenField().Match(checkedPage).Groups[1].Value;

        var asked = await PostAsync(teacher, "?handler=VraagToestemming",
            new(draft) { ["Input.MediaToken"] = token, ["approverRole"] = "director", ["question"] = "Mag deze foto in de app?" }, withPhoto: false);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var id = int.Parse(RequestId().Match(asked.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);

        using var director = await fixture.Factory.LoginAsync(DemoAccounts.Email("directeur"));
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(ApprovalPages.PathOf(id)));
        Assert.Contains("Volgens de schrijver staan erop: Sanne van der Berg, Daan Jansen", page, StringComparison.Ordinal);
        var src = ImageSource().Match(page).Groups[1].Value;
        var photo = await director.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        var stored = MediaInspector.Inspect(await photo.Content.ReadAsByteArrayAsync(), "opgeslagen.jpg");
        Assert.False(stored.HasLocation);

        using var manager = await fixture.Factory.LoginAsync(DemoAccounts.Email("teamleider"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(src)).StatusCode);
    }

    [Fact]
    public async Task Retention_deletes_the_media_with_the_draft()
    {
        using var teacher = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var asked = await PostAsync(teacher, "?handler=VraagToestemming",
            new() { ["Input.Text"] = "Sportdag!", ["Input.Channel"] = "school-app", ["approverRole"] = "director" }, withPhoto: true);
        var id = int.Parse(RequestId().Match(asked.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);
        using var director = await fixture.Factory.LoginAsync(DemoAccounts.Email("directeur"));
        Assert.Equal(HttpStatusCode.Redirect, (await ApprovalPages.DecideAsync(director, id, "Goedkeuren")).StatusCode);
        Assert.Equal(1, await fixture.Factory.WithDbAsync(db => db.ApprovalAttachments.CountAsync(a => a.ApprovalRequestId == id)));

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var retention = ActivatorUtilities.CreateInstance<ApprovalRetention>(scope.ServiceProvider, new ShiftedTime(TimeSpan.FromDays(91)));
            await retention.RunAsync();
        }

        Assert.Equal(0, await fixture.Factory.WithDbAsync(db => db.ApprovalAttachments.CountAsync(a => a.ApprovalRequestId == id)));
        Assert.Null(await fixture.Factory.WithDbAsync(db => db.ApprovalRequests.Where(r => r.Id == id).Select(r => r.Depicted).SingleAsync()));
    }

    [GeneratedRegex("name=\"Input.MediaToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("/Toestemming/Verzoek/([0-9]+)")]
    private static partial Regex RequestId();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Deelwijs.Core.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>Drives the consent pages over HTTP as a browser would.</summary>
public static partial class ConsentPages
{
    /// <summary>Saves choices on /Beeldtoestemming for one person: purpose code to "ja" or "nee".</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int personId, params (string Purpose, string Answer)[] choices)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = new Dictionary<string, string>
        {
            ["personId"] = personId.ToString(CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(client, "/Beeldtoestemming"),
        };
        foreach (var (purpose, answer) in choices)
        {
            form[$"keuze[{purpose}]"] = answer;
        }

        return await client.PostAsync("/Beeldtoestemming", new FormUrlEncodedContent(form));
    }

    /// <summary>Uploads a consent file for a preview on /Beeldtoestemming/Inlezen.</summary>
    public static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, byte[] csv, string fileName = "toestemmingen.csv")
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AccountPages.AntiForgeryTokenAsync(client, "/Beeldtoestemming/Inlezen");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/Beeldtoestemming/Inlezen?handler=Preview", form);
    }

    public static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string csv) => PreviewAsync(client, Encoding.UTF8.GetBytes(csv));

    /// <summary>Previews and then imports the file as the page offers it; returns the import's response.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] csv)
    {
        var preview = await (await PreviewAsync(client, csv)).Content.ReadAsStringAsync();
        var content = Hidden("content").Match(preview);
        Assert.True(content.Success, "The preview offers no import: " + preview);
        return await client.PostAsync("/Beeldtoestemming/Inlezen?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["content"] = content.Groups[1].Value,
            ["fileName"] = "toestemmingen.csv",
            ["__RequestVerificationToken"] = Token().Match(preview).Groups[1].Value,
        }));
    }

    public static Task<byte[]> ExportAsync(HttpClient client, string? schoolYear = null) =>
        client.GetByteArrayAsync("/Beeldtoestemming/Inlezen?handler=Export" + (schoolYear is null ? "" : "&schooljaar=" + schoolYear));

    /// <summary>The id of a demo family member (made by the demo, so without a pupil number).</summary>
    public static Task<int> DemoPersonIdAsync(DeelwijsWebFactory factory, string firstName, string lastName) =>
        factory.WithDbAsync(db => db.People
            .Where(p => p.Kind == PersonKind.Pupil && p.Number == null && p.FirstName == firstName && p.LastName == lastName)
            .Select(p => p.Id).SingleAsync());

    /// <summary>The text of the section with this heading id on the class page ("mag-wel", "mag-niet", "geen-antwoord").</summary>
    public static string Section(string html, string id)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{id}'.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The table row that contains this text.</summary>
    public static string Row(string html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not on the page.");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

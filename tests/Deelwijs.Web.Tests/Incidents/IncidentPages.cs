using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Drives the report and case pages over HTTP as a browser would: the report form, and the forms of a case page.</summary>
public static partial class IncidentPages
{
    /// <summary>Reports through /Melden (multipart, like the browser); returns the new case's id.</summary>
    public static async Task<int> ReportAsync(
        HttpClient client, string category = "cyberbullying", IReadOnlyList<int>? people = null, bool confidantOnly = false,
        string description = "In de groepsapp van klas 5A wordt een leerling uitgescholden.", IReadOnlyList<(string Name, byte[] Content)>? files = null)
    {
        var response = await PostReportAsync(client, category, people, confidantOnly, description, files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var match = ReceiptPath().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> PostReportAsync(
        HttpClient client, string category, IReadOnlyList<int>? people = null, bool confidantOnly = false,
        string description = "In de groepsapp wordt iemand uitgescholden.", IReadOnlyList<(string Name, byte[] Content)>? files = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AccountPages.AntiForgeryTokenAsync(client, "/Melden")), "__RequestVerificationToken" },
            { new StringContent(category), "Input.Category" },
            { new StringContent(description), "Input.Description" },
            { new StringContent("WhatsApp"), "Input.Platform" },
        };
        foreach (var id in people ?? [])
        {
            form.Add(new StringContent(id.ToString(CultureInfo.InvariantCulture)), "Input.People");
        }

        if (confidantOnly)
        {
            form.Add(new StringContent("true"), "Input.ConfidantOnly");
        }

        foreach (var (name, content) in files ?? [])
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Uploads", name);
        }

        return await client.PostAsync("/Melden", form);
    }

    public static string CasePath(int id) => string.Create(CultureInfo.InvariantCulture, $"/Meldingen/Zaak/{id}");

    /// <summary>Posts one of the case page's forms (handler Stap, Feiten, Onderwerp, Betrokkene or Sluiten).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AccountPages.AntiForgeryTokenAsync(client, "/Melden")), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return await client.PostAsync($"{CasePath(id)}?handler={handler}", form);
    }

    /// <summary>Records a ladder step dated today (or the given day).</summary>
    public static Task<HttpResponseMessage> RecordStepAsync(HttpClient client, int id, string stepId, string? outcome = null, DateOnly? date = null, string? present = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Step.StepId"] = stepId,
            ["Step.Date"] = (date ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (outcome is not null)
        {
            fields["Step.Outcome"] = outcome;
        }

        if (present is not null)
        {
            fields["Step.Present"] = present;
        }

        return PostAsync(client, id, "Stap", fields);
    }

    public static Task<HttpResponseMessage> SetFactsAsync(HttpClient client, int id, bool grensoverschrijdend = false, bool possiblyCriminal = false, int suspensionDays = 0) =>
        PostAsync(client, id, "Feiten", new Dictionary<string, string>
        {
            ["Facts.Grensoverschrijdend"] = grensoverschrijdend ? "true" : "false",
            ["Facts.PossiblyCriminal"] = possiblyCriminal ? "true" : "false",
            ["Facts.SuspensionDays"] = suspensionDays.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>The list of next steps on a case page (not the step form's choices).</summary>
    public static string NextSteps(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf("data-testid=\"volgende-stappen\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("^/Melden/Ontvangen/([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiptPath();
}

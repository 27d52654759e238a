using System.Text.RegularExpressions;

namespace Deelwijs.Web.Tests;

/// <summary>Drives the login page over HTTP the way a browser does: read the form's anti-forgery token, post the form.</summary>
public static partial class AccountPages
{
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiForgeryTokenAsync(client, "/Account/Inloggen");
        return await client.PostAsync("/Account/Inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static async Task<string> AntiForgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No anti-forgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

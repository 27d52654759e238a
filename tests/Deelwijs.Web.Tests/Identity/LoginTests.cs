using System.Net;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Pages.Account;

namespace Deelwijs.Web.Tests.Identity;

/// <summary>Logging in and out with local accounts, in Dutch, with lockout after five wrong passwords.</summary>
public sealed class LoginTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage()
    {
        using var client = factory.CreateBrowserlikeClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Inloggen", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithTheDemoPassword_ShowsTheSchoolAndRole()
    {
        using var client = factory.CreateBrowserlikeClient();

        var response = await AccountPages.LoginAsync(client, DemoAccounts.Email("teamleider"), DemoAccounts.Password);
        var start = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(DemoOrganisation.FirstSchoolName, start, StringComparison.Ordinal);
        Assert.Contains("teamleider", start, StringComparison.Ordinal);
        Assert.Contains("Bram Visser", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_SaysSoInDutch()
    {
        using var client = factory.CreateBrowserlikeClient();

        var response = await AccountPages.LoginAsync(client, DemoAccounts.Email("leerkracht"), "Verkeerd-wachtwoord-1!");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(InloggenModel.WrongCredentials), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        using var client = factory.CreateBrowserlikeClient();
        var email = DemoAccounts.Email("ict");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AccountPages.LoginAsync(client, email, "Verkeerd-wachtwoord-1!");
        }

        var response = await AccountPages.LoginAsync(client, email, DemoAccounts.Password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je account is tijdelijk geblokkeerd", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var token = await AccountPages.AntiForgeryTokenAsync(client, "/");

        var logout = await client.PostAsync("/Account/Uitloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Inloggen", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();
}

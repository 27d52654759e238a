using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Schools;

public sealed class ProtocolSettingsPageTests
{
    [Fact]
    public async Task A_director_adopts_another_template_and_the_next_check_uses_it()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));

        var response = await director.PostAsync("/Beheer/Protocol?handler=Sjabloon", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Template"] = "konot",
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(director, "/Beheer/Protocol"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var schoolId = await FirstSchoolIdAsync(factory);
        var engine = await factory.Services.GetRequiredService<SchoolEngines>().GetAsync(schoolId);
        Assert.Equal("konot", engine.Check(new CheckRequest("Hallo")).ProtocolId);
    }

    [Fact]
    public async Task A_broken_own_file_is_refused_with_line_and_column_and_changes_nothing()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        const string yaml = "id: eigen\nname: Eigen\norganisation: School\nversion: \"1\"\nevaluation: 2025-02-30\nschools:\n  - name: School\nrules: []\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AccountPages.AntiForgeryTokenAsync(director, "/Beheer/Protocol")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(yaml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "file", "eigen.yaml");

        var html = await (await director.PostAsync("/Beheer/Protocol?handler=EigenBestand", form)).Content.ReadAsStringAsync();

        Assert.Contains("niet in gebruik genomen", html, StringComparison.Ordinal);
        Assert.Contains("regel 5, kolom 13", html, StringComparison.Ordinal);
        var schoolId = await FirstSchoolIdAsync(factory);
        Assert.Null(await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.ProtocolYaml).SingleAsync()));
    }

    [Fact]
    public async Task A_teacher_may_not_change_the_protocol()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var response = await teacher.GetAsync("/Beheer/Protocol");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<int> FirstSchoolIdAsync(DeelwijsWebFactory factory) =>
        factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync());
}

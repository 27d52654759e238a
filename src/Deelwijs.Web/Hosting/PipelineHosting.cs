namespace Deelwijs.Web.Hosting;

/// <summary>The HTTP pipeline: errors, static files, authentication, authorisation, rate limiting.</summary>
internal static class PipelineHosting
{
    public static void UseDeelwijsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Fout");
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
    }
}

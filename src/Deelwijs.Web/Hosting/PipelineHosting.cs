using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Hosting;

/// <summary>The HTTP pipeline: errors, static files, authentication, authorisation (rate limiting: see ApiHosting).</summary>
internal static class PipelineHosting
{
    public static void UseDeelwijsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Fout");
            app.UseHsts();
        }

        // Pages get a Dutch page for 403/404; the API keeps its own ProblemDetails bodies.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/Fout", "?code={0}"));
        app.UseMiddleware<SchoolAccessDeniedMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}

using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Hosting;

/// <summary>The HTTP pipeline: errors, static files, authentication, authorisation (rate limiting: see ApiHosting).</summary>
internal static class PipelineHosting
{
    public static void UseDeelwijsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // An integration gets a ProblemDetails it can read; a person gets a Dutch page.
            app.UseWhen(IsApi, api => api.UseExceptionHandler(failed => failed.Run(ServerErrorProblem)));
            app.UseWhen(context => !IsApi(context), pages => pages.UseExceptionHandler("/Fout"));
            app.UseHsts();
        }

        // Pages get a Dutch page for 403/404; the API keeps its own ProblemDetails bodies.
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Fout", "?code={0}"));
        app.UseMiddleware<SchoolAccessDeniedMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ServerErrorProblem(HttpContext context) =>
        Results.Problem(
            title: "Er ging iets mis bij Deelwijs. Probeer het later opnieuw.",
            statusCode: StatusCodes.Status500InternalServerError,
            extensions: new Dictionary<string, object?> { ["code"] = "server-error" })
        .ExecuteAsync(context);
}

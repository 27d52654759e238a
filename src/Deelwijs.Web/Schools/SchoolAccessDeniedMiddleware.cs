namespace Deelwijs.Web.Schools;

/// <summary>
/// Answers 404 when a request touches another school's data (<see cref="SchoolAccessDeniedException"/>):
/// the user learns nothing, not even that the data exists.
/// </summary>
public sealed class SchoolAccessDeniedMiddleware(RequestDelegate next, ILogger<SchoolAccessDeniedMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (SchoolAccessDeniedException exception) when (!context.Response.HasStarted)
        {
            logger.LogWarning("Geweigerd: {Path} ({Reason})", context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}

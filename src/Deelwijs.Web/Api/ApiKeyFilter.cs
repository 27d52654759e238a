namespace Deelwijs.Web.Api;

/// <summary>Lets an API request through only with a valid key of a school, and remembers which school that is.</summary>
public sealed class ApiKeyFilter(ApiKeyStore keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        if (!ApiKeyFormat.TryRead(http.Request.Headers.Authorization, out var key))
        {
            return ApiProblems.KeyMissing();
        }

        if (!ApiKeyFormat.IsPlausible(key) || await keys.FindAsync(key, http.RequestAborted) is not { } caller)
        {
            return ApiProblems.KeyInvalid();
        }

        http.Response.Headers.Remove("WWW-Authenticate");
        http.Features.Set(caller);
        return await next(context);
    }
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Api;

/// <summary>Rate limiting of the API per key: one fixed window per key prefix, and per client address for requests without a usable key.</summary>
public static class ApiRateLimiting
{
    public const string PolicyName = "api-key";

    public static void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(PolicyName, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
            var partition = ApiKeyFormat.TryRead(context.Request.Headers.Authorization, out var key) && ApiKeyFormat.IsPlausible(key)
                ? "key:" + ApiKeyFormat.PrefixOf(key)
                : "address:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            TimeSpan? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
            if (retryAfter is { } seconds)
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(seconds.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await ApiProblems.RateLimited(retryAfter).ExecuteAsync(rejected.HttpContext);
        };
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Deelwijs.Web.Checks;

/// <summary>
/// Holds a draft's files in memory between the check and "pas toe" or "vraag toestemming", so the author need not choose
/// them again. Never written to disk or database; gone after half an hour, and only its uploader can get it back.
/// </summary>
public sealed class MediaTray(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Put(string userId, IReadOnlyList<MediaUpload> uploads)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        cache.Set(Key(userId, token), uploads, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime });
        return token;
    }

    public IReadOnlyList<MediaUpload>? Get(string userId, string? token) =>
        token is not null && cache.TryGetValue(Key(userId, token), out IReadOnlyList<MediaUpload>? uploads) ? uploads : null;

    public void Remove(string userId, string? token)
    {
        if (token is not null)
        {
            cache.Remove(Key(userId, token));
        }
    }

    private static string Key(string userId, string token) => $"media:{userId}:{token}";
}

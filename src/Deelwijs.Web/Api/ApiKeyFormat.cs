using System.Buffers.Text;
using System.Security.Cryptography;
using Deelwijs.Data;

namespace Deelwijs.Web.Api;

/// <summary>
/// What an API key looks like: "dw_" and 40 random URL-safe characters (240 bits). Stored as the SHA-256 of the
/// whole key (looked up through a unique index) plus its first characters (the prefix), which people recognise it by.
/// </summary>
public static class ApiKeyFormat
{
    public const int MinimumLength = 16;
    private const string Start = "dw_";

    public static string Generate() => Start + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(30));

    public static string PrefixOf(string key) => ApiKey.PrefixOf(key);

    /// <summary>Lower-case hex SHA-256 of the key; a fast hash is enough because the key itself is long and random.</summary>
    public static string Hash(string key) => ApiKey.HashOf(key);

    /// <summary>Reads the key from "Authorization: Bearer &lt;key&gt;"; false when the header is absent or not a bearer key.</summary>
    public static bool TryRead(string? authorization, out string key)
    {
        key = "";
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        key = authorization[scheme.Length..].Trim();
        return key.Length > 0;
    }

    /// <summary>True when a key is long enough to have a prefix and to be worth looking up.</summary>
    public static bool IsPlausible(string key) => key.Length >= MinimumLength && key.Length <= 200;
}

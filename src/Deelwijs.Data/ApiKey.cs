using System.Security.Cryptography;
using System.Text;

namespace Deelwijs.Data;

/// <summary>A school's key for the JSON API; only its SHA-256 hash and a short prefix (to recognise it) are stored.</summary>
public sealed class ApiKey
{
    public const int PrefixLength = 8;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key (UTF-8), see <see cref="HashOf"/>.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public static string HashOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];
}

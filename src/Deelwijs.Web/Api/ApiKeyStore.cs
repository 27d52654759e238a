using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Api;

/// <summary>Creates, lists, revokes and recognises a school's API keys; the key itself is never stored.</summary>
public sealed class ApiKeyStore(DeelwijsDbContext db, TimeProvider time)
{
    /// <summary>The school the key belongs to, or null when the key is unknown or revoked.</summary>
    public async Task<ApiCaller?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyFormat.Hash(key);
        var match = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new { k.SchoolId, k.Prefix })
            .SingleOrDefaultAsync(cancellationToken);
        return match is null ? null : new ApiCaller(match.SchoolId, match.Prefix);
    }

    public Task<List<ApiKey>> ListAsync(int schoolId, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking()
            .Where(k => k.SchoolId == schoolId)
            .OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Makes a new key and returns it in full: this is the only moment anyone sees it.</summary>
    public async Task<string> CreateAsync(int schoolId, string name, CancellationToken cancellationToken)
    {
        var key = ApiKeyFormat.Generate();
        await AddAsync(schoolId, name, key, cancellationToken);
        return key;
    }

    /// <summary>Stores a key that was chosen elsewhere (the demo key from configuration), unless it is stored already.</summary>
    public async Task AddAsync(int schoolId, string name, string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyFormat.Hash(key);
        if (await db.ApiKeys.AnyAsync(k => k.Hash == hash, cancellationToken))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKey
        {
            SchoolId = schoolId,
            Name = name.Trim(),
            Prefix = ApiKeyFormat.PrefixOf(key),
            Hash = hash,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes one key of this school; false when the school has no such key (or it was revoked already).</summary>
    public async Task<bool> RevokeAsync(int schoolId, int keyId, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.SchoolId == schoolId && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using System.Globalization;
using System.Security.Claims;
using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Schools;

/// <summary>
/// The schools of the signed-in user and their roles there, resolved once per request from their memberships;
/// the one place that decides whether a request may touch a school's data.
/// </summary>
public sealed class CurrentSchool(DeelwijsDbContext db, IHttpContextAccessor http)
{
    /// <summary>The cookie in which a user with several schools (a board) keeps the school they work in.</summary>
    public const string SelectionCookie = "deelwijs-school";

    private IReadOnlyList<SchoolAccess>? schools;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Every school the user may see, in id order (empty when not signed in).</summary>
    public async Task<IReadOnlyList<SchoolAccess>> AllAsync(CancellationToken cancellationToken = default)
    {
        return schools ??= await LoadAsync(cancellationToken);
    }

    /// <summary>The school the user works in now: the selected one, else their first; null without any school.</summary>
    public async Task<SchoolAccess?> TryGetAsync(CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        var selected = http.HttpContext?.Request.Cookies[SelectionCookie];
        if (int.TryParse(selected, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && all.FirstOrDefault(s => s.SchoolId == id) is { } chosen)
        {
            return chosen;
        }

        return all[0];
    }

    /// <summary>The school the user works in now; throws <see cref="SchoolAccessDeniedException"/> when they have none.</summary>
    public async Task<SchoolAccess> GetAsync(CancellationToken cancellationToken = default) =>
        await TryGetAsync(cancellationToken) ?? throw new SchoolAccessDeniedException(null);

    public async Task<int> SchoolIdAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).SchoolId;

    public async Task<bool> CanAccessAsync(int schoolId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).Any(s => s.SchoolId == schoolId);

    /// <summary>Throws <see cref="SchoolAccessDeniedException"/> (404) unless the user may see this school's data.</summary>
    public async Task<SchoolAccess> EnsureAccessAsync(int schoolId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(s => s.SchoolId == schoolId)
            ?? throw new SchoolAccessDeniedException(schoolId);

    /// <summary>True when the user holds one of these roles at the school they work in now.</summary>
    public async Task<bool> HasRoleAsync(params Role[] roles) =>
        await TryGetAsync() is { } school && school.HasAny(roles);

    /// <summary>Makes another of the user's schools the one they work in (for board members).</summary>
    public async Task<bool> SelectAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        if (!await CanAccessAsync(schoolId, cancellationToken) || http.HttpContext is not { } context)
        {
            return false;
        }

        context.Response.Cookies.Append(SelectionCookie, schoolId.ToString(CultureInfo.InvariantCulture),
            new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
        return true;
    }

    private async Task<IReadOnlyList<SchoolAccess>> LoadAsync(CancellationToken cancellationToken)
    {
        if (UserId is not { } userId)
        {
            return [];
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.SchoolId, m.BoardId, m.Role })
            .ToListAsync(cancellationToken);
        var schoolIds = memberships.Where(m => m.SchoolId is not null).Select(m => m.SchoolId!.Value).Distinct().ToList();
        var boardIds = memberships.Where(m => m.BoardId is not null).Select(m => m.BoardId!.Value).Distinct().ToList();
        if (schoolIds.Count == 0 && boardIds.Count == 0)
        {
            return [];
        }

        var found = await db.Schools.AsNoTracking()
            .Where(s => schoolIds.Contains(s.Id) || boardIds.Contains(s.BoardId))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.BoardId, BoardName = s.Board!.Name })
            .ToListAsync(cancellationToken);
        return found.Select(s => new SchoolAccess(s.Id, s.Name, s.BoardId, s.BoardName,
                memberships.Where(m => m.SchoolId == s.Id || m.BoardId == s.BoardId).Select(m => m.Role).ToHashSet()))
            .ToList();
    }
}

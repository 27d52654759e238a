using Deelwijs.Data;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers ASP.NET Core Identity with local accounts, the login cookie, per-school roles and the policies.</summary>
internal static class IdentityHosting
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void AddDeelwijsIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<DeelwijsUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
            })
            .AddEntityFrameworkStores<DeelwijsDbContext>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddClaimsPrincipalFactory<DeelwijsClaims>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "deelwijs";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Inloggen";
            options.LogoutPath = "/Account/Uitloggen";
            options.AccessDeniedPath = "/Account/GeenToegang";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // The API answers with a status code, never with a redirect to the login page.
            options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentSchool>();
        builder.Services.AddScoped<RosterImport>();
        builder.Services.AddScoped<SchoolProtocolSettings>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<IAuthorizationHandler, SchoolRoleHandler>();
        Policies.Add(builder.Services.AddAuthorizationBuilder());
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

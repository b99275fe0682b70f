using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Web.Access;
using ProtectHub.Web.Audit;

namespace ProtectHub.Web.Hosting;

/// <summary>Everything Program.cs wires up, in one place, so the host stays a few lines long.</summary>
public static class ProtectHubWebExtensions
{
    public const string SignInRateLimit = "sign-in";

    public static WebApplicationBuilder AddProtectHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }

        services.AddHttpContextAccessor();
        services.AddScoped<IActorScopeAccessor, HttpActorScopeAccessor>();
        services.AddProtectHubData();
        services.AddProtectHubCore().AddSignInManager();
        services.AddSingleton(new DemoOptions(builder.Environment.IsDevelopment() && configuration.GetValue("Demo:Enabled", true)));
        services.AddScoped<SignInService>();

        // Cookies are __Host- prefixed and Secure. Only a developer's plain-http localhost (Security:RequireHttps false,
        // set in appsettings.Development.json) drops both, because browsers and antiforgery refuse them over http.
        var requireHttps = configuration.GetValue("Security:RequireHttps", true);
        var cookiePrefix = requireHttps ? "__Host-" : "";
        var securePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookiePrefix + "ProtectHub";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = SessionValidator.IdleLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = cookiePrefix + "ProtectHub-MFA";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            o.SlidingExpiration = false;
        });
        // Cookie expiry follows the injected clock, so idle and absolute timeouts can be tested without waiting.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .PostConfigure<TimeProvider>((o, time) => o.TimeProvider = time);

        services.AddAuthorization(Policies.Register);
        services.AddSingleton<IAuthorizationHandler, ValidVettingHandler>();

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookiePrefix + "ProtectHub-AF";
            o.Cookie.SecurePolicy = securePolicy;
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = cookiePrefix + "ProtectHub-TempData";
            o.Cookie.SecurePolicy = securePolicy;
        });

        services.AddRazorPages(o =>
        {
            PageConventions.Apply(o.Conventions);
            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(ReadAuditPageFilter)));
        });
        services.AddScoped<ReadAuditPageFilter>();
        services.AddRouting(o => o.LowercaseUrls = true);

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, config) =>
        {
            var signInPermits = config.GetValue("RateLimiting:SignInPermitsPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddHealthChecks().AddDbContextCheck<ProtectHubDbContext>("database", tags: ["ready"]);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    /// <summary>Applies migrations (both providers) and, in Development only, seeds the demo region's users.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().Database.MigrateAsync();
        }

        if (app.Services.GetRequiredService<DemoOptions>().Enabled)
        {
            await DemoSeeder.SeedAsync(app.Services, app.Logger);
        }
    }

    public static WebApplication UseProtectHub(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}

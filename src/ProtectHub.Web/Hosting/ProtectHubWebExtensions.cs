using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProtectHub.Core;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Data.Postgres;
using ProtectHub.Data.Sqlite;
using ProtectHub.Web.Access;
using ProtectHub.Web.Audit;
using ProtectHub.Web.Endpoints;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Hosting;

/// <summary>Everything Program.cs wires up, in one place, so the host stays a few lines long.</summary>
public static class ProtectHubWebExtensions
{
    public const string SignInRateLimit = "sign-in";
    public const string PublicFormRateLimit = "public-form";
    public const string TaxiiRateLimit = "taxii";

    public static WebApplicationBuilder AddProtectHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            // Scopes carry each request's trace and span ids, so log lines and exported traces can be joined.
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        Telemetry.Add(builder);

        // No "Server: Kestrel": nothing to tell an attacker which server software to look up.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHttpContextAccessor();
        services.AddScoped<IActorScopeAccessor, HttpActorScopeAccessor>();
        services.AddHostedService<Core.Imports.ImportWorker>();
        services.AddHostedService<Core.Data.RetentionWorker>();
        services.AddHostedService<Core.Advisories.AdvisoryOutboxWorker>();
        services.AddHostedService<Core.Materials.MaterialReviewWorker>();
        services.AddHostedService<Core.Training.TrainingReminderWorker>();
        services.AddHostedService<Core.Notifications.NotificationWorker>();
        services.AddHostedService<Core.Advisories.AdvisoryReminderWorker>();
        services.AddProtectHubData().AddSqliteDatabase().AddPostgresDatabase();
        services.AddProtectHubCore().AddSignInManager();
        DataProtectionCertificate.Configure(services, configuration);
        services.AddSingleton(new DemoOptions(builder.Environment.IsDevelopment() && configuration.GetValue("Demo:Enabled", true)));
        services.AddScoped<SignInService>();
        services.AddOptions<Core.Imports.TabularFileLimits>().BindConfiguration(Core.Imports.TabularFileLimits.Section)
            .Validate(l => l.IsValid, $"Every {Core.Imports.TabularFileLimits.Section} setting must be a positive number").ValidateOnStart();
        services.AddSingleton<Imports.UploadSizeFilter>();

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        var oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        services.AddSingleton(oidc);
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Add("email");
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/signin-oidc";
                o.SaveTokens = false;
                o.MapInboundClaims = false;
            });
        }

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IConfiguration, TimeProvider>((o, config, time) =>
        {
            CookieSecurity.Apply(o.Cookie, config, "ProtectHub");
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = SessionValidator.IdleLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = "/sign-in";
            // Cookie expiry follows the injected clock, so idle and absolute timeouts can be tested without waiting.
            o.TimeProvider = time;
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).Configure<IConfiguration, TimeProvider>((o, config, time) =>
        {
            CookieSecurity.Apply(o.Cookie, config, "ProtectHub-MFA");
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            o.SlidingExpiration = false;
            o.TimeProvider = time;
        });

        services.AddAuthorization(Policies.Register);
        services.AddSingleton<IAuthorizationHandler, ValidVettingHandler>();

        services.AddAntiforgery(o => o.FormFieldName = "__RequestVerificationToken");
        services.AddOptions<AntiforgeryOptions>().Configure<IConfiguration>((o, config) => CookieSecurity.Apply(o.Cookie, config, "ProtectHub-AF"));
        services.AddOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>()
            .Configure<IConfiguration>((o, config) => CookieSecurity.Apply(o.Cookie, config, "ProtectHub-TempData"));

        services.AddRazorPages(o =>
        {
            PageConventions.Apply(o.Conventions);
            // First of all page filters, so that records loaded by any later filter or handler are audited as read.
            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(ReadAuditPageFilter)) { Order = int.MinValue });
        });
        services.AddScoped<ReadAuditPageFilter>();
        services.AddScoped(typeof(LoadRecordFilter<>));
        services.AddScoped<ManageableUserFilter>();
        services.AddRouting(o => o.LowercaseUrls = true);

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, config) =>
        {
            var signInPermits = config.GetValue("RateLimiting:SignInPermitsPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Public forms (feedback, later event sign-up) are open to anyone with the link: slow down scripted use.
            var publicPermits = config.GetValue("RateLimiting:PublicFormPermitsPerMinute", 30);
            o.AddPolicy(PublicFormRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "public:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = publicPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // TAXII clients page through collections: more requests than a form, still bounded per address.
            var taxiiPermits = config.GetValue("RateLimiting:TaxiiPermitsPerMinute", 300);
            o.AddPolicy(TaxiiRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "taxii:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = taxiiPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddHealthChecks().AddDbContextCheck<ProtectHubDbContext>("database", tags: ["ready"]);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>(TrustedProxies.Configure);
        return builder;
    }

    /// <summary>Applies migrations (both providers) and, in Development only, seeds the demo region's users and records.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().MigrateDatabaseAsync();
        }

        var demo = app.Services.GetRequiredService<DemoOptions>().Enabled;
        var logger = app.Logger;
        if (logger.IsEnabled(LogLevel.Warning))
        {
            // Warning level, so that it survives a production log filter: it is the one line that tells an operator demo mode is off.
            logger.LogWarning("ProtectHub starting: environment {Environment}, demo mode {DemoMode}",
                app.Environment.EnvironmentName, demo ? "ON (demo users, published password, no MFA)" : "off");
        }
        if (demo)
        {
            await DemoSeeder.SeedAsync(app.Services, logger);
            await DemoRecords.SeedAsync(app.Services);
        }
    }

    public static WebApplication UseProtectHub(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHttpsRequirement();
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
        app.MapCalendarFeed();
        app.MapTaxii();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}

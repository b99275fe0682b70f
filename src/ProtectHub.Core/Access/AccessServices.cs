using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

public static class AccessServices
{
    /// <summary>Users, MFA and sign-in throttling, and Identity with ProtectHub's password and lockout rules.</summary>
    public static IdentityBuilder AddAccess(this IServiceCollection services)
    {
        services.AddScoped<MfaService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Colleagues>();
        services.AddScoped<SignInThrottling>();
        return services.AddIdentityCore<AppUser>(o =>
            {
                // NCSC: length and a deny list, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ProtectHubDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>Core services of the access and audit areas, and Identity with ProtectHub's password and lockout rules.</summary>
    public static IdentityBuilder AddProtectHubCore(this IServiceCollection services)
    {
        services.AddScoped<MfaService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SignInThrottling>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<Regions.RegionFigures>();
        services.AddScoped<Partners.OrganisationDirectory>();
        services.AddScoped<Partners.ContactDirectory>();
        services.AddScoped<Partners.OrganisationImport>();
        services.AddScoped<Partners.ContactImport>();
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<Partners.OrganisationImport>());
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<Partners.ContactImport>());
        services.AddScoped<Victims.RepeatVictims>();
        services.AddScoped<Victims.FollowUpLetters>();
        services.AddScoped<Victims.ReferralRetention>();
        services.AddScoped<Victims.VictimSatisfaction>();
        services.AddScoped<Mail.MailSender>();
        services.AddScoped<Victims.ReferralImport>();
        services.AddScoped<Victims.ReferralQueue>();
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<Victims.ReferralImport>());
        services.AddScoped<Imports.ImportRunner>();
        services.AddSingleton<Imports.ImportQueue>();
        services.AddSingleton<ServiceInstance>();
        services.AddScoped<JobLeases>();
        services.AddScoped<Backups.DatabaseBackup>();
        services.AddScoped<Engagements.EngagementDirectory>();
        services.AddScoped<Feedback.FeedbackForms>();
        services.AddScoped<Registrations.EventRegistrations>();
        services.AddScoped<Calendar.OfficerCalendar>();
        services.AddScoped<Exports.ListExporter>();
        services.AddScoped<Performance.MetricCatalogue>();
        services.AddScoped<Performance.MetricEngine>();
        services.AddScoped<Performance.ReturnWorkflow>();
        services.AddScoped<Performance.NationalReturns>();
        services.AddScoped<Performance.DeliveryPlans>();
        services.AddScoped<Performance.EffectivenessReview>();
        services.AddSingleton<Performance.SharedFigures>();
        services.AddScoped<Performance.MyFigures>();
        services.AddSingleton<Audit.ReadAuditWriter>();
        // Keys in the database: sessions survive restarts, work across instances behind a load balancer, and tokens
        // the web app issues (such as authenticator resets) are readable by the command line too.
        services.AddDataProtection().SetApplicationName("ProtectHub").PersistKeysToDbContext<ProtectHubDbContext>();
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

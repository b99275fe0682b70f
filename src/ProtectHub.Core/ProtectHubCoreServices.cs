using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Files;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Lessons;
using ProtectHub.Core.Materials;
using ProtectHub.Core.Notifications;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Requests;
using ProtectHub.Core.Training;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core;

public static class ProtectHubCoreServices
{
    /// <summary>
    /// Every area's services, each registered by its own area (a new area adds its <c>AddX()</c> here), plus what they
    /// all share: job leases, the mail sender, exports and data-protection keys. The database comes from
    /// <see cref="DataServiceCollectionExtensions.AddProtectHubData"/>.
    /// </summary>
    public static IdentityBuilder AddProtectHubCore(this IServiceCollection services)
    {
        services.AddAudit();
        services.AddImports();
        services.AddPartners();
        services.AddEngagements();
        services.AddVictims();
        services.AddPerformance();
        services.AddPrevent();
        services.AddIntelligence();
        services.AddLessons();
        services.AddAdvisories();
        services.AddRequests();
        services.AddFiles();
        services.AddMaterials();
        services.AddCampaigns();
        services.AddTraining();
        services.AddNotifications();
        services.AddScoped<Sharing.PartnerLinks>();
        services.AddScoped<Regions.RegionDirectory>();
        services.AddSingleton<ServiceInstance>();
        services.AddScoped<JobLeases>();
        services.AddScoped<Mail.MailSender>();
        services.AddScoped<Exports.ListExporter>();
        // Keys in the database: sessions survive restarts, work across instances behind a load balancer, and tokens
        // the web app issues (such as authenticator resets) are readable by the command line too.
        services.AddDataProtection().SetApplicationName("ProtectHub").PersistKeysToDbContext<ProtectHubDbContext>();
        return services.AddAccess();
    }
}

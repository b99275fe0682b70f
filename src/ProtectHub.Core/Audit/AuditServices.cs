using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Audit;

public static class AuditServices
{
    /// <summary>The audit log's search and verification, and the writer of read audits (the change audit is the DbContext's).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLogService>();
        services.AddSingleton<ReadAuditWriter>();
        return services;
    }
}

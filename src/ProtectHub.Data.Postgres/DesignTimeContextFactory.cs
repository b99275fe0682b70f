using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Data.Postgres;

/// <summary>Used only by <c>dotnet ef migrations add</c>; the applications configure the context themselves.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ProtectHubDbContext>
{
    public ProtectHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProtectHubDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options;
        return new ProtectHubDbContext(options, new FixedActorScopeAccessor(ActorScope.System()), new ActorScopeOverride(), TimeProvider.System, new PersonalDataReadTracker(), ProtectHub.Core.Audit.AuditChainKey.None);
    }
}

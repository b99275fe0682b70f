using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Data.Sqlite;

/// <summary>Used only by <c>dotnet ef migrations add</c>; the applications configure the context themselves.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ProtectHubDbContext>
{
    public ProtectHubDbContext CreateDbContext(string[] args)
    {
        var provider = new SqliteDatabase();
        var builder = new DbContextOptionsBuilder<ProtectHubDbContext>();
        provider.UseDatabase(builder, "Data Source=design-time.db");
        var options = builder.Options;
        return new ProtectHubDbContext(options, provider, new FixedActorScopeAccessor(ActorScope.System()), new ActorScopeOverride(), TimeProvider.System, new PersonalDataReadTracker(), ProtectHub.Core.Audit.AuditChainKey.None);
    }
}

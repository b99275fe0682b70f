using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Web.Tests;

public sealed class DatabaseTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task Database_IsTheProviderUnderTest_WithMigrationsAndReferenceDataApplied()
    {
        var (provider, pending, regions, forces) = await factory.WithDbAsync(async db => (
            db.Database.ProviderName,
            (await db.Database.GetPendingMigrationsAsync()).Count(),
            await db.Regions.CountAsync(),
            await db.Forces.CountAsync()));
        Assert.Equal(TestDatabase.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
        Assert.Equal(0, pending);
        Assert.Equal(10, regions);
        Assert.Equal(43, forces);
    }
}

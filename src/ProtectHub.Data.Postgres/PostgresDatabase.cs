using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Partners;

namespace ProtectHub.Data.Postgres;

/// <summary>PostgreSQL, for production: several instances of the service share it.</summary>
public sealed class PostgresDatabase : IDatabaseProvider
{
    public DatabaseProvider Kind => DatabaseProvider.Postgres;

    public bool CanJoinListColumns => true;

    public string PrepareConnectionString(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:ProtectHub is empty. Set it, for example with the " +
                "environment variable ConnectionStrings__ProtectHub=\"Host=...;Database=protecthub;Username=...;Password=...\".")
            : configured;

    public void UseDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));

    public void ConfigureConventions(ModelConfigurationBuilder builder)
    {
    }

    public void ConfigureModel(ModelBuilder builder)
    {
        // Byte order, so that "words starting with" is a range of the index whatever the database's locale.
        builder.Entity<ContactSearchWord>().Property(w => w.Word).UseCollation("C");
        builder.Entity<Core.Intelligence.IntelligenceSubject>().Property(s => s.Key).UseCollation("C");
        builder.Entity<Core.Intelligence.IntelligenceReport>().Property(r => r.Reference).UseCollation("C");
        foreach (var (index, columns) in CoveringIndex.Take(builder.Model))
        {
            index.SetIncludeProperties(columns);
        }
    }
}

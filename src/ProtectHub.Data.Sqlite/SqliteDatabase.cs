using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Data.Sqlite;

/// <summary>SQLite, the embedded default: one file, so that <c>dotnet run</c> works on a fresh machine.</summary>
public sealed class SqliteDatabase : IDatabaseProvider
{
    public DatabaseProvider Kind => DatabaseProvider.Sqlite;

    public bool CanJoinListColumns => false;

    /// <summary>With no connection string the database is data/protecthub.db; its folder is created so a fresh clone runs without set-up.</summary>
    public string PrepareConnectionString(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/protecthub.db" : configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }

    public void UseDatabase(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));

    public void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite keeps DateTimeOffset as text, which it can neither order nor compare reliably; as UTC ticks it can, to
        // the full 100 ns precision (EF's own binary converter would cut it to 0.1 ms and break the audit hashes).
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    public void ConfigureModel(ModelBuilder builder)
    {
        // A virtual generated column serves SQLite's small data sets (PostgreSQL stores it, for its index).
        builder.Entity<Engagement>().Property(e => e.SearchTitle).HasComputedColumnSql("lower(\"Title\")", stored: false);
        // SQLite has no covering (INCLUDE) columns: its indexes are its keys alone.
        _ = CoveringIndex.Take(builder.Model).ToList();
    }

    /// <summary>Stores a DateTimeOffset as its UTC ticks; ProtectHub only ever writes UTC times.</summary>
    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Data.Postgres;

/// <summary>SELECT ... FOR UPDATE on the record's row: other writers of it wait until this transaction ends.</summary>
public sealed class PostgresRowLocks : IRowLocks
{
    public async Task LockAsync<T>(ProtectHubDbContext db, Guid id, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
        // Table and column names come from the model, never from input; the id is a parameter.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM {Quote(table.Name)} WHERE {Quote(key)} = {{0}} FOR UPDATE", [id], ct);
#pragma warning restore EF1002
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Data.Postgres;

/// <summary>
/// Bulk writes by PostgreSQL's binary COPY: an import of hundreds of thousands of rows inserts at the speed of COPY
/// instead of one INSERT a row, inside one transaction with the context's other pending changes (an import's ledger
/// entry), so a chunk is still all or nothing. The columns are read from the EF model, so a column added to an entity
/// is written here without anyone remembering to (the test BulkWriterTests proves it for every copied entity).
/// </summary>
public sealed partial class PostgresBulkWriter : IBulkWriter
{
    private static readonly ConcurrentDictionary<IEntityType, CopyTable> Tables = new();

    /// <summary>One a core, at most four: each writer's server process inserts and updates the indexes on one core.</summary>
    public int ParallelWriters { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async Task InsertAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var table = TableOf<T>(db);
        foreach (var versioned in rows.OfType<IVersioned>())
        {
            // As the change tracker's VersionStampInterceptor stamps a record it adds.
            versioned.Version = Math.Max(versioned.Version, 1);
            versioned.ChangedById = db.Scope.UserId;
            versioned.ChangedAt = db.Now();
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(table.CopyCommand(table.Name, table.Columns), ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var column in table.Columns)
                {
                    await column.WriteAsync(copy, row, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        db.AuditImported(rows.OfType<IPersonalData>());
        db.NoteBulkWritten(typeof(T));
        if (transaction is null)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await db.SaveChangesAndCommitAsync(transaction, ct);
        }
    }

    public async Task UpdateAsync<T>(ProtectHubDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> properties, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var table = TableOf<T>(db);
        var columns = table.Columns.Where(c => c == table.Key || properties.Contains(c.Property)).ToList();
        if (columns.Count != properties.Count + 1)
        {
            throw new ArgumentException($"{string.Join(", ", properties.Except(columns.Select(c => c.Property)))} are not stored columns of {typeof(T).Name}.", nameof(properties));
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        const string staging = "bulk_update_rows";
        await using (var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE {staging} ({string.Join(", ", columns.Select(c => $"{Quote(c.Name)} {c.StoreType}"))}) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(table.CopyCommand(staging, columns), ct))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var column in columns)
                {
                    await column.WriteAsync(copy, row, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        var key = Quote(table.Key.Name);
        await using (var update = new NpgsqlCommand(
            $"UPDATE {Quote(table.Name)} t SET {string.Join(", ", columns.Where(c => c != table.Key).Select(c => $"{Quote(c.Name)} = s.{Quote(c.Name)}"))} FROM {staging} s WHERE t.{key} = s.{key}",
            connection))
        {
            await update.ExecuteNonQueryAsync(ct);
        }

        // The entries the change tracker's grouped audit writes for these fields.
        var fields = string.Join(", ", properties.Order(StringComparer.Ordinal));
        foreach (var group in rows.OfType<IPersonalData>().GroupBy(r => (r.AuditRecordType, (r as IRegionOwned)?.RegionCode)))
        {
            db.AuditGrouped(AuditAction.Altered, group.Key.AuditRecordType, group.Key.RegionCode, $"Fields: {fields}. Records", group.Select(r => r.AuditRecordId));
        }

        db.NoteBulkWritten(typeof(T));
        if (transaction is null)
        {
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await db.SaveChangesAndCommitAsync(transaction, ct);
        }
    }

    private static CopyTable TableOf<T>(ProtectHubDbContext db) =>
        Tables.GetOrAdd(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."), CopyTable.Of);

    private static string Quote(string identifier) => PostgresRowLocks.Quote(identifier);

    private sealed record CopyTable(string Name, IReadOnlyList<CopyColumn> Columns, CopyColumn Key)
    {
        public string CopyCommand(string table, IEnumerable<CopyColumn> columns) =>
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";

        public static CopyTable Of(IEntityType entity)
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = new List<CopyColumn>();
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is not { } name || property.GetComputedColumnSql(store) is not null)
                {
                    continue;
                }

                if (property.IsShadowProperty() || property.PropertyInfo is null && property.FieldInfo is null)
                {
                    throw new NotSupportedException($"{entity.DisplayName()}.{property.Name} is a shadow property: bulk writes need every stored column on the entity.");
                }

                var mapping = property.GetRelationalTypeMapping();
                columns.Add(new CopyColumn(property.Name, name, mapping.StoreType, Facets().Replace(mapping.StoreType, ""), property.GetGetter(), mapping.Converter));
            }

            var key = entity.FindPrimaryKey()!.Properties.Single().Name;
            return new CopyTable(store.Name, columns, columns.Single(c => c.Property == key));
        }
    }

    private sealed record CopyColumn(string Property, string Name, string StoreType, string DataTypeName, IClrPropertyGetter Getter,
        Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public Task WriteAsync(NpgsqlBinaryImporter copy, object row, CancellationToken ct)
        {
            var value = Getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && Converter is not null)
            {
                value = Converter.ConvertToProvider(value);
            }

            return value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, DataTypeName, ct);
        }
    }

    /// <summary>Length and precision, as in "character varying(200)" or "numeric(12,2)": not part of the type's name.</summary>
    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();
}

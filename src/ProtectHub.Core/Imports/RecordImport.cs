using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;

namespace ProtectHub.Core.Imports;

/// <summary>
/// The shape every import shares: each row validated with the same rules as the form, rows already held skipped (so a
/// file imported twice adds nothing), valid rows saved in chunks of <see cref="ChunkSize"/> (each chunk whole or not at
/// all, with progress after each), and invalid rows returned as a file with the reasons for each.
/// </summary>
public abstract class RecordImport<TRecord>(ProtectHubDbContext db, IBulkWriter writer) : IRecordImport where TRecord : class
{
    public const int ChunkSize = 1000;

    protected ProtectHubDbContext Db { get; } = db;

    public abstract string Kind { get; }

    public abstract IReadOnlyList<ImportField> Fields { get; }

    /// <inheritdoc />
    /// <remarks>These imports need no ledger: rows saved before an interruption are "already held" when run again.</remarks>
    public Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default) =>
        RunAsync(context.File, context.Mapping, onProgress, ct);

    public async Task<ImportResult> RunAsync(TabularFile file, IReadOnlyDictionary<string, int> mapping, Func<int, Task>? onProgress = null, CancellationToken ct = default)
    {
        await PrepareAsync(ct);
        var errors = new List<RowError>();
        var invalid = new List<(TabularFile.Row Row, string Reasons)>();
        var pending = new List<TRecord>(ChunkSize);
        int imported = 0, alreadyHeld = 0, done = 0;
        foreach (var fileRow in file.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var row = new ImportRow(fileRow, mapping, Fields);
            if (fileRow.Cells.Count != file.Headers.Count)
            {
                row.Errors.Add(new RowError(row.Number, "Row", $"Row has {fileRow.Cells.Count} values but the header has {file.Headers.Count} columns"));
            }
            else if (Parse(row) is { } record && row.Errors.Count == 0)
            {
                if (Remember(record))
                {
                    pending.Add(record);
                }
                else
                {
                    alreadyHeld++;
                }
            }

            if (row.Errors.Count > 0)
            {
                errors.AddRange(row.Errors);
                invalid.Add((fileRow, string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}"))));
            }

            done++;
            if (pending.Count >= ChunkSize)
            {
                imported += await SaveChunkAsync(pending, ct);
                await (onProgress?.Invoke(done) ?? Task.CompletedTask);
            }
        }

        imported += await SaveChunkAsync(pending, ct);
        await (onProgress?.Invoke(done) ?? Task.CompletedTask);
        return new ImportResult(imported, alreadyHeld, errors, invalid.Count, await InvalidRows.CsvAsync(file.Headers, invalid, ct));
    }

    /// <summary>Reads what the region already holds, and any reference data the rows need, before the first row.</summary>
    protected abstract Task PrepareAsync(CancellationToken ct);

    /// <summary>The record a row describes, or null; its problems go to <see cref="ImportRow.Errors"/>.</summary>
    protected abstract TRecord? Parse(ImportRow row);

    /// <summary>False if the region already holds this record, or an earlier row of the file was the same; otherwise remembers it.</summary>
    protected abstract bool Remember(TRecord record);

    private async Task<int> SaveChunkAsync(List<TRecord> pending, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        // One transaction per chunk: a chunk is saved whole or not at all, with its audit entries (one per 90 records).
        Db.GroupCollectedEntries = true;
        await writer.InsertAsync(Db, pending, ct);
        Db.ChangeTracker.Clear();
        var count = pending.Count;
        pending.Clear();
        return count;
    }
}

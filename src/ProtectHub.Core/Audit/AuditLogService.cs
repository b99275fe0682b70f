using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>Search and verification of the audit log. Writing happens through <see cref="ProtectHubDbContext"/>.</summary>
public sealed class AuditLogService(ProtectHubDbContext db)
{
    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> SearchAsync(SearchAuditOptions options, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        var scope = db.Scope;
        if (scope.RestrictToRegion)
        {
            // Regional administrators see the entries about their own region and the actions of their own users.
            query = query.Where(e => e.RegionCode == scope.RegionCode);
        }

        if (options.ActorId is { } actor)
        {
            query = query.Where(e => e.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(options.RecordId))
        {
            var id = options.RecordId.Trim();
            // Lists record the records they showed in one entry's details.
            query = query.Where(e => e.RecordId == id || (e.RecordId == null && e.Details != null && e.Details.Contains(id)));
        }

        if (options.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (options.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (options.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.OccurredAt < end);
        }

        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Sequence)
            .Skip((Math.Max(options.Page, 1) - 1) * options.PageSize).Take(options.PageSize).ToListAsync(ct);
        return (entries, total);
    }

    /// <summary>Walks the whole chain in order, recomputing every hash. Streams, so it works on a chain of any length.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        long expected = 1;
        var previous = AuditChain.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected)
            {
                return new AuditVerification(false, expected - 1, expected,
                    $"Entry {expected} is missing: the next entry found is {entry.Sequence}. Entries have been deleted.");
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditVerification(false, expected - 1, entry.Sequence,
                    $"Entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: its previous-hash does not match.");
            }

            if (AuditChain.Compute(entry) != entry.Hash)
            {
                return new AuditVerification(false, expected - 1, entry.Sequence,
                    $"Entry {entry.Sequence} has been altered: its contents do not match its hash.");
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, null, $"All {expected - 1} entries verified: the chain is intact.");
    }
}

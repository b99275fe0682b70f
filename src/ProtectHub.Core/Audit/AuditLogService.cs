using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>Search and verification of the audit log. Writing happens through <see cref="ProtectHubDbContext"/>.</summary>
public sealed class AuditLogService(ProtectHubDbContext db, AuditChainKey chainKey, TimeProvider time)
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

    /// <summary>
    /// The chain's head now, signed with the chain key: for <c>protecthub audit checkpoint</c> to publish outside the
    /// database (a file on another system, a log server), where nobody who can write to the database can reach it.
    /// </summary>
    public async Task<AuditCheckpoint> HeadAsync(CancellationToken ct = default)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var at = AuditChain.Normalise(time.GetUtcNow());
        var (sequence, hash) = head is null ? (0L, AuditChain.Genesis) : (head.Sequence, head.Hash);
        return new AuditCheckpoint { Sequence = sequence, Hash = hash, CreatedAt = at, Signature = AuditChain.Sign(chainKey, sequence, hash, at) };
    }

    /// <summary>
    /// Walks the whole chain in order, recomputing every hash (streamed, so it works on a chain of any length), then
    /// checks it against the latest checkpoint in the database and, when given, one published outside it. Entries
    /// written before the chain was keyed carry plain SHA-256 hashes; once a keyed entry is found every later one must
    /// be keyed, so nobody can rewrite the end of the chain unkeyed.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(AuditCheckpoint? published = null, CancellationToken ct = default)
    {
        long expected = 1;
        var previous = AuditChain.Genesis;
        long? firstKeyed = null;
        var hashes = new Dictionary<long, string>();
        var latest = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Sequence).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        var checkpoints = new[] { latest, published }.OfType<AuditCheckpoint>().ToList();
        foreach (var checkpoint in checkpoints)
        {
            if (chainKey.IsKeyed && checkpoint.Signature.Length > 0
                && checkpoint.Signature != AuditChain.Sign(chainKey, checkpoint.Sequence, checkpoint.Hash, checkpoint.CreatedAt))
            {
                return new AuditVerification(false, 0, checkpoint.Sequence,
                    $"The checkpoint of entry {checkpoint.Sequence} ({Describe(checkpoint, published)}) is not signed with the chain key: it was forged or altered.");
            }
        }

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

            if (chainKey.IsKeyed && AuditChain.Compute(entry, chainKey.Key) == entry.Hash)
            {
                firstKeyed ??= entry.Sequence;
            }
            else if (firstKeyed is not null || AuditChain.Compute(entry) != entry.Hash)
            {
                return new AuditVerification(false, expected - 1, entry.Sequence,
                    $"Entry {entry.Sequence} has been altered: its contents do not match its hash.");
            }

            if (checkpoints.Any(c => c.Sequence == entry.Sequence))
            {
                hashes[entry.Sequence] = entry.Hash;
            }

            previous = entry.Hash;
            expected++;
        }

        var head = expected - 1;
        foreach (var checkpoint in checkpoints)
        {
            if (checkpoint.Sequence > head)
            {
                return new AuditVerification(false, head, head + 1,
                    $"Entries {head + 1} to {checkpoint.Sequence} have been removed from the end of the log: the {Describe(checkpoint, published)} names entry {checkpoint.Sequence}, but the log ends at {head}.");
            }

            if (checkpoint.Sequence > 0 && hashes.GetValueOrDefault(checkpoint.Sequence) != checkpoint.Hash)
            {
                return new AuditVerification(false, head, checkpoint.Sequence,
                    $"Entry {checkpoint.Sequence} is not the entry the {Describe(checkpoint, published)} recorded: the chain was rewritten.");
            }
        }

        var keyed = !chainKey.IsKeyed
            ? " WARNING: no chain key is configured (Audit:ChainKey), so someone who can write to the database could recompute the chain."
            : firstKeyed is null && head > 0 ? " WARNING: no entry is keyed with the configured chain key." : "";
        var against = published is null ? "" : $" It matches the published checkpoint of entry {published.Sequence}.";
        return new AuditVerification(true, head, null, $"All {head} entries verified: the chain is intact.{against}{keyed}");
    }

    private static string Describe(AuditCheckpoint checkpoint, AuditCheckpoint? published) =>
        ReferenceEquals(checkpoint, published)
            ? $"published checkpoint of {checkpoint.CreatedAt:yyyy-MM-dd HH:mm} UTC"
            : $"database checkpoint of {checkpoint.CreatedAt:yyyy-MM-dd HH:mm} UTC";
}

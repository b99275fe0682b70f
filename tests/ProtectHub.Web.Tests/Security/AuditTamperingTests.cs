using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Audit;

namespace ProtectHub.Web.Tests.Security;

/// <summary>
/// Attack run finding 9: deleting the end of the audit log went unnoticed, and someone able to write to the database
/// could recompute the chain. Each test tampers with a database of its own, as an attacker with write access would,
/// triggers and all.
/// </summary>
public sealed class AuditTamperingTests
{
    private static Task<int> TamperAsync(ProtectHubFactory target, string sql)
    {
        // The SQL is the test's own constant text, never input.
        var script = TestDatabase.IsPostgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER; " + sql
                + "; ALTER TABLE audit_entries ENABLE TRIGGER USER; ALTER TABLE audit_checkpoints ENABLE TRIGGER USER;"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete; DROP TRIGGER audit_checkpoints_no_update; DROP TRIGGER audit_checkpoints_no_delete; " + sql + ";";
        return target.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(script));
    }

    private static Task<AuditVerification> VerifyAsync(ProtectHubFactory target, AuditCheckpoint? published = null) =>
        target.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync(published));

    private static async Task<ProtectHubFactory> WithSomeHistoryAsync()
    {
        var isolated = new ProtectHubFactory();
        for (var i = 0; i < 3; i++)
        {
            await Session.SignedInAsync(isolated, await new TestUserBuilder(isolated).BuildAsync());
        }

        Assert.True((await VerifyAsync(isolated)).IsIntact);
        return isolated;
    }

    [Fact]
    public async Task LastThreeEntriesDeleted_IsDetected()
    {
        await using var isolated = await WithSomeHistoryAsync();
        var head = await isolated.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        await TamperAsync(isolated, "DELETE FROM audit_entries WHERE \"Sequence\" > " + (head - 3).ToString(CultureInfo.InvariantCulture));

        var result = await VerifyAsync(isolated);

        Assert.False(result.IsIntact, result.Message);
        Assert.Equal(head - 2, result.FirstBrokenSequence);
        Assert.Contains("removed from the end of the log", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainRecomputedWithoutTheKey_IsDetected()
    {
        await using var isolated = await WithSomeHistoryAsync();
        // The attacker changes an entry and recomputes every later hash as the unkeyed chain would: they do not hold the key.
        var entries = await isolated.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var index = entries.Count / 2;
        var original = entries[index];
        var target = entries[index] = new AuditEntry
        {
            Id = original.Id,
            Sequence = original.Sequence,
            OccurredAt = original.OccurredAt,
            ActorId = original.ActorId,
            ActorName = original.ActorName,
            Action = original.Action,
            RecordType = original.RecordType,
            RecordId = original.RecordId,
            RegionCode = original.RegionCode,
            Reason = original.Reason,
            CorrelationId = original.CorrelationId,
            PreviousHash = original.PreviousHash,
            Details = "nothing to see",
        };
        var previous = target.PreviousHash;
        var updates = new List<string>();
        foreach (var entry in entries.Where(e => e.Sequence >= target.Sequence))
        {
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.Compute(entry);
            previous = entry.Hash;
            updates.Add($"UPDATE audit_entries SET \"Details\" = '{(entry.Details ?? "").Replace("'", "''", StringComparison.Ordinal)}', \"PreviousHash\" = '{entry.PreviousHash}', \"Hash\" = '{entry.Hash}' WHERE \"Sequence\" = {entry.Sequence}");
        }

        await TamperAsync(isolated, string.Join("; ", updates));

        var result = await VerifyAsync(isolated);

        Assert.False(result.IsIntact, result.Message);
        Assert.Equal(target.Sequence, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task TailAndItsDatabaseCheckpointsDeleted_IsCaughtByThePublishedCheckpoint()
    {
        await using var isolated = await WithSomeHistoryAsync();
        var published = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().HeadAsync());
        var file = Path.Combine(Path.GetTempPath(), $"ph-checkpoints-{Guid.NewGuid():N}.tsv");
        AuditCheckpointFile.Append(file, published);
        var (fromFile, error) = AuditCheckpointFile.ReadLast(file);
        Assert.Null(error);
        File.Delete(file);

        var keep = (published.Sequence - 2).ToString(CultureInfo.InvariantCulture);
        await TamperAsync(isolated, $"DELETE FROM audit_entries WHERE \"Sequence\" > {keep}; DELETE FROM audit_checkpoints WHERE \"Sequence\" > {keep}");

        Assert.True((await VerifyAsync(isolated)).IsIntact); // What the database alone can still show...
        var result = await VerifyAsync(isolated, fromFile);  // ...and what the checkpoint kept outside it shows.
        Assert.False(result.IsIntact, result.Message);
        Assert.Contains("published checkpoint", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedPublishedCheckpoint_IsRefused()
    {
        await using var isolated = await WithSomeHistoryAsync();
        var published = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().HeadAsync());
        var forged = new AuditCheckpoint { Sequence = published.Sequence - 1, Hash = published.Hash, CreatedAt = published.CreatedAt, Signature = published.Signature };

        var result = await VerifyAsync(isolated, forged);

        Assert.False(result.IsIntact);
        Assert.Contains("not signed with the chain key", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntactChain_MatchesItsPublishedCheckpoint()
    {
        await using var isolated = await WithSomeHistoryAsync();
        var published = await isolated.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().HeadAsync());
        await Session.SignedInAsync(isolated, await new TestUserBuilder(isolated).BuildAsync()); // The log grows after it.

        var result = await VerifyAsync(isolated, published);

        Assert.True(result.IsIntact, result.Message);
        Assert.DoesNotContain("WARNING", result.Message, StringComparison.Ordinal);
    }
}

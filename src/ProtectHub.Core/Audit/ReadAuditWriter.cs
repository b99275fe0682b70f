using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>
/// Writes the entries of reads ("Viewed" by officers, "Disclosed" to a partner's TAXII client) for many requests in one transaction (<see cref="GroupCommit{TItem}"/>): sixteen officers
/// paging through lists no longer queue behind each other's commits, and each request still returns only after its
/// entries are committed, so nothing is shown that is not yet in the log.
/// </summary>
public sealed class ReadAuditWriter(IServiceScopeFactory scopes) : GroupCommit<ReadAuditWriter.Entry>(scopes)
{
    public sealed record Entry(ActorScope Actor, string RecordType, string? RecordId, string? RegionCode, string Details, AuditAction Action = AuditAction.Viewed);

    protected override Task ApplyAsync(IServiceProvider services, ProtectHubDbContext db, IReadOnlyList<Entry> items)
    {
        foreach (var entry in items)
        {
            db.Audit(entry.Action, entry.RecordType, entry.RecordId, entry.RegionCode, entry.Details,
                actor: (entry.Actor.UserId, entry.Actor.ActorName), correlationId: entry.Actor.CorrelationId);
        }

        return Task.CompletedTask;
    }
}

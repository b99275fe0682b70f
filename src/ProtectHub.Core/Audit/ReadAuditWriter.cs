using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>
/// Writes "Viewed" entries for many requests in one transaction (group commit). The audit chain is written by one
/// writer at a time, and each write waited for its own commit to reach the disk: sixteen officers paging through lists
/// queued behind each other's commits. Now the first request to arrive writes its entries and every entry that arrives
/// meanwhile in one batch, one commit; each request still returns only after its entries are committed, so nothing is
/// shown that is not yet in the log.
/// </summary>
public sealed class ReadAuditWriter(IServiceScopeFactory scopes)
{
    public sealed record Entry(ActorScope Actor, string RecordType, string? RecordId, string? RegionCode, string Details);

    private readonly object _gate = new();
    private List<(IReadOnlyList<Entry> Entries, TaskCompletionSource Done)> _pending = [];
    private bool _writing;

    public Task WriteAsync(IReadOnlyList<Entry> entries)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_gate)
        {
            _pending.Add((entries, done));
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            // Not on the request's execution context: the batch writes other requests' entries too.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(DrainAsync);
            }
        }

        return done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(IReadOnlyList<Entry> Entries, TaskCompletionSource Done)> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }

                (batch, _pending) = (_pending, []);
            }

            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
                foreach (var entry in batch.SelectMany(b => b.Entries))
                {
                    db.Audit(AuditAction.Viewed, entry.RecordType, entry.RecordId, entry.RegionCode, entry.Details,
                        actor: (entry.Actor.UserId, entry.Actor.ActorName), correlationId: entry.Actor.CorrelationId);
                }

                await db.SaveChangesAsync();
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception error)
            {
                batch.ForEach(b => b.Done.TrySetException(error));
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Data;

/// <summary>
/// Writes the work of many requests in one transaction (group commit). Audited writes append to the audit chain one
/// writer at a time, and each waited for its own commit to reach the disk: concurrent requests queued behind each
/// other's commits. Here the first request to arrive writes its items and every item that arrives meanwhile in one
/// batch, one commit; each request still returns only after its items are committed. A batch that fails fails every
/// request in it (none is half-written: the batch is one transaction).
/// </summary>
public abstract class GroupCommit<TItem>(IServiceScopeFactory scopes)
{
    private readonly object _gate = new();
    private List<(IReadOnlyList<TItem> Items, TaskCompletionSource Done)> _pending = [];
    private bool _writing;

    /// <summary>Applies a batch's items to a fresh context (its own scope), before the one save.</summary>
    protected abstract Task ApplyAsync(IServiceProvider services, ProtectHubDbContext db, IReadOnlyList<TItem> items);

    public Task WriteAsync(IReadOnlyList<TItem> items)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_gate)
        {
            _pending.Add((items, done));
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            // Not on the request's execution context: the batch writes other requests' items too.
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
            List<(IReadOnlyList<TItem> Items, TaskCompletionSource Done)> batch;
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
                await ApplyAsync(scope.ServiceProvider, db, [.. batch.SelectMany(b => b.Items)]);
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

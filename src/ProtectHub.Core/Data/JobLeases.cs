using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

/// <summary>
/// Leases on background jobs through the shared database, so that with several instances of the service each job runs
/// on one of them: whoever holds a job's unexpired lease runs it; anyone may take a lease that has run out.
/// </summary>
public sealed class JobLeases(ProtectHubDbContext db, ServiceInstance instance, TimeProvider time)
{
    /// <summary>Takes (or renews) the lease if it is free, expired or already this instance's.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        var me = instance.Name;
        var taken = await db.Set<JobLease>().Where(l => l.Name == name && (l.ExpiresAt < now || l.Holder == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.Add(new JobLease { Name = name, Holder = me, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // Another instance created it first: theirs.
            return false;
        }
    }

    public Task<int> ReleaseAsync(string name, CancellationToken ct = default) =>
        db.Set<JobLease>().Where(l => l.Name == name && l.Holder == instance.Name).ExecuteDeleteAsync(ct);
}

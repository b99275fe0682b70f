using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Performance;

/// <summary>
/// Figures shared for a while between everyone looking at the same region (dashboards for five minutes, the referral
/// workload, the tasking board and list totals until their records change): the first request for a key starts the work and every request for it meanwhile
/// awaits the same task, so sixteen officers opening the page together cost one calculation, not sixteen (a plain
/// cache would let them all miss and all compute). The work runs in a scope of its own, acting as the user who asked,
/// so it outlives no request's DbContext.
/// </summary>
public sealed class SharedFigures(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (Task Work, DateTimeOffset Until)> _entries = [];

    /// <summary>The region's figures for a quarter from the catalogue in force: the dashboards' and home pages' numbers.</summary>
    public Task<ReturnFigures> RegionAsync(ActorScope actor, FinancialQuarter quarter) =>
        GetAsync($"figures:{quarter.Code}", actor, sp => sp.GetRequiredService<MetricEngine>().ComputeAsync(actor.RegionCode, MetricScope.For(quarter)));

    /// <summary>How long figures kept until their records change are kept at most (a change made outside ProtectHub shows by then).</summary>
    public static readonly TimeSpan UntilChangedAtMost = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Figures that stay true until records of a kind change (the <paramref name="counter"/>, moved on by
    /// <see cref="ChangeCounting"/> on every instance), and for <see cref="UntilChangedAtMost"/> at most. The key must
    /// name everything else the figures depend on (the filters, today's date when they count what is overdue).
    /// </summary>
    public async Task<T> UntilChangedAsync<T>(ProtectHubDbContext db, string counter, string key, Func<IServiceProvider, Task<T>> work)
    {
        var changes = await ChangeCounting.CurrentAsync(db, counter);
        return await GetAsync($"{counter}:{changes}:{key}", db.Scope, work, UntilChangedAtMost);
    }

    public Task<T> GetAsync<T>(string key, ActorScope actor, Func<IServiceProvider, Task<T>> work, TimeSpan? keepFor = null)
    {
        // The region is part of every key: figures never cross from one region's users to another's.
        var fullKey = $"{actor.RegionCode}:{actor.RestrictToRegion}:{key}";
        var now = time.GetUtcNow();
        lock (_entries)
        {
            if (_entries.TryGetValue(fullKey, out var entry) && entry.Until > now && !entry.Work.IsFaulted && !entry.Work.IsCanceled)
            {
                return (Task<T>)entry.Work;
            }

            foreach (var stale in _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
            {
                _entries.Remove(stale);
            }

            var task = RunAsync(actor, work);
            _entries[fullKey] = (task, now + (keepFor ?? KeepFor));
            return task;
        }
    }

    private async Task<T> RunAsync<T>(ActorScope actor, Func<IServiceProvider, Task<T>> work)
    {
        await Task.Yield(); // never run the work inside the lock
        await using var scope = scopes.CreateActingScope(actor);
        return await work(scope.ServiceProvider);
    }
}

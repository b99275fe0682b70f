using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Data;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

/// <summary>Settings "Advisories:Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Advisories:Reminders";

    /// <summary>Days after issue when the not-yet-acknowledged recipients of a TLP:AMBER, AMBER+STRICT or RED advisory are reminded once (0: never by timer).</summary>
    public int AfterDays { get; set; } = 3;
}

/// <summary>
/// Reminds, once, everyone who has not acknowledged an issued TLP:AMBER, AMBER+STRICT or RED advisory (its current
/// edition) a set number of days after it was issued; an advisory already reminded (from its page or by this job) is
/// not reminded again.
/// </summary>
public sealed class AdvisoryReminders(ProtectHubDbContext db, AdvisoryWorkflow workflow, TimeProvider time, IOptions<ReminderOptions> options)
{
    public async Task<int> RemindDueAsync(CancellationToken ct = default)
    {
        if (options.Value.AfterDays <= 0)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.AfterDays);
        TlpMarking?[] reminded = [TlpMarking.Amber, TlpMarking.AmberStrict, TlpMarking.Red];
        var due = await db.Set<Advisory>()
            .Where(a => a.Status == AdvisoryStatus.Issued && a.SupersededById == null && reminded.Contains(a.Tlp) && a.IssuedAt <= cutoff && a.RemindedAt == null)
            .OrderBy(a => a.IssuedAt).Take(200).ToListAsync(ct);
        var queued = 0;
        foreach (var advisory in due)
        {
            // Claimed in the database first: two runs at once (two instances, or the page and the timer) remind once.
            var now = time.GetUtcNow();
            if (await db.Set<Advisory>().Where(a => a.Id == advisory.Id && a.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindedAt, now), ct) == 1)
            {
                queued += (await workflow.RemindAsync(advisory)).Queued;
            }
        }

        return queued;
    }
}

/// <summary>Runs the timed advisory reminders once a day.</summary>
public sealed class AdvisoryReminderWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<AdvisoryReminderWorker> logger) : DailyJobWorker(scopes, time, logger)
{
    protected override string LeaseName => "advisory-reminders";

    protected override string JobName => "advisory reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<AdvisoryReminders>().RemindDueAsync(ct);
}

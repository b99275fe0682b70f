using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Mail;

namespace ProtectHub.Core.Advisories;

/// <summary>Settings "Advisories:Outbox": how fast and how often the outbox sends.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Advisories:Outbox";

    /// <summary>Messages claimed and sent through one connection at a time.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The relay's limit: the outbox never sends faster (0: as fast as the relay takes them).</summary>
    public int MessagesPerSecond { get; set; } = 200;

    /// <summary>Attempts before a message is marked failed; the waits between them double from one minute.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How often an idle outbox looks for work another instance queued.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>
    /// Batches sent at once by one instance, each through its own connection; MessagesPerSecond is shared between
    /// them. One is fastest where the relay answers at once (measured: 180 messages a second with one lane, 105 with
    /// two, 60 with four, the lanes contending for the same rows); more may help a relay slow to answer each message.
    /// </summary>
    public int Lanes { get; set; } = 1;

    /// <summary>
    /// How long a batch's claim lasts: after it, an instance that died is taken to be gone and its messages are taken
    /// over. A batch is never larger than a lane can send in half this time at MessagesPerSecond.
    /// </summary>
    public int ClaimSeconds { get; set; } = 120;
}

/// <summary>Wakes this instance's outbox lanes at once when an advisory is queued here (other instances find it by polling).</summary>
public sealed class AdvisoryOutboxSignal(IOptions<OutboxOptions> options) : IDisposable
{
    private readonly int _lanes = Math.Max(1, options.Value.Lanes);
    private readonly SemaphoreSlim _signal = new(0, Math.Max(1, options.Value.Lanes));

    /// <summary>One wake-up for each lane (not more: a lane that was awake already takes one and looks again, no harm).</summary>
    public void Wake()
    {
        var missing = _lanes - _signal.CurrentCount;
        if (missing > 0)
        {
            try
            {
                _signal.Release(missing);
            }
            catch (SemaphoreFullException)
            {
                // Woken by another thread meanwhile.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}

/// <summary>
/// The durable outbox of advisory emails. Each batch is claimed in the database (an update only one instance's
/// statement can win for a message) and sent through one connection. No message goes twice, even when a sender is
/// killed mid-send: before a message is handed to the relay, its hand-over is committed (with the previous message's
/// "sent" mark and audited disclosure, in the same save, so it costs no extra commit); a message found handed over but
/// not marked sent after its claim ran out was being sent when its sender stopped, so it may have arrived, and it is
/// marked interrupted and never sent again (the advisory's page lists it). A relay failure puts the rest back with a
/// doubling wait; a claim left by an instance that died runs out (ClaimSeconds) and another instance takes its
/// untouched messages. A message carries the same Message-ID on every attempt.
/// </summary>
public sealed class AdvisoryOutbox(ProtectHubDbContext db, MailSender mail, ServiceInstance instance, TimeProvider time, IOptions<OutboxOptions> options,
    ReadAuditWriter audit, ILogger<AdvisoryOutbox> logger)
{
    public const string Interrupted = "The sender stopped while handing it to the relay: it may or may not have arrived, so it is not sent again";

    /// <summary>Sends one batch of due messages; returns how many were sent.</summary>
    public async Task<int> SendBatchAsync(CancellationToken ct = default)
    {
        if (!mail.IsConfigured)
        {
            return 0;
        }

        var o = options.Value;
        var now = time.GetUtcNow();
        var claimFor = TimeSpan.FromSeconds(Math.Max(1, o.ClaimSeconds));
        var until = now + claimFor;
        var messages = db.Set<AdvisoryMessage>().IgnoreQueryFilters([QueryFilters.Region]);
        // This batch's own claim: the instance and a fresh id, read back by equality (no timestamp comparison).
        var me = $"{instance.Name}/{Guid.NewGuid():N}";

        // Messages a dead sender was handing over when it stopped: never sent twice, and audited as possibly disclosed
        // (the relay may have taken them before their sender could write so), once, by whichever instance marks them.
        if (await messages.Where(m => m.Status == MessageStatus.Queued && m.HandedOverAt != null && m.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Interrupted).SetProperty(m => m.LastError, Interrupted)
                .SetProperty(m => m.ClaimedBy, me).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct) > 0)
        {
            foreach (var lost in await messages.AsNoTracking().Where(m => m.ClaimedBy == me && m.Status == MessageStatus.Interrupted).ToListAsync(ct))
            {
                db.Audit(AuditAction.Disclosed, lost.AuditRecordType, lost.AuditRecordId, lost.RegionCode,
                    $"Advisory message ({AdvisoryEmail.KindName(lost.Kind)}) may have been emailed to {lost.Email}: its sender stopped while handing it to the relay");
            }

            await db.SaveChangesAsync(ct);
            await messages.Where(m => m.ClaimedBy == me && m.Status == MessageStatus.Interrupted).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null), ct);
        }

        // No more than the lane can send in half the claim's time, so a live sender's claim never runs out under it.
        var take = o.MessagesPerSecond > 0 ? (int)Math.Clamp(o.MessagesPerSecond / (double)Math.Max(1, o.Lanes) * claimFor.TotalSeconds / 2, 1, o.BatchSize) : o.BatchSize;
        var due = messages.Where(m => m.Status == MessageStatus.Queued && m.HandedOverAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(take);
        var claimed = await messages.Where(m => due.Contains(m.Id) && m.Status == MessageStatus.Queued && m.HandedOverAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, me).SetProperty(m => m.ClaimedUntil, until), ct);
        if (claimed == 0)
        {
            return 0;
        }

        // Untracked: each message is attached only while it is being sent, so that every save (one a message) checks a
        // handful of entities, not the whole batch.
        var batch = await messages.AsNoTracking().Where(m => m.ClaimedBy == me && m.Status == MessageStatus.Queued).ToListAsync(ct);
        var advisoryIds = batch.Select(m => m.AdvisoryId).Distinct().ToList();
        var advisories = await db.Set<Advisory>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(a => advisoryIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var indicators = (await db.Set<AdvisoryIndicator>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking().Where(i => advisoryIds.Contains(i.AdvisoryId))
            .OrderBy(i => i.Id).ToListAsync(ct)).ToLookup(i => i.AdvisoryId);
        var sent = 0;
        var interval = o.MessagesPerSecond > 0 ? TimeSpan.FromSeconds(Math.Max(1, o.Lanes) / (double)o.MessagesPerSecond) : TimeSpan.Zero;
        try
        {
            await using var connection = await mail.ConnectAsync(ct);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // The first hand-over is committed on its own; each later one with the previous message's outcome.
            db.Attach(batch[0]).Entity.HandedOverAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < batch.Count; i++)
            {
                var message = batch[i];
                var following = i + 1 < batch.Count ? db.Attach(batch[i + 1]).Entity : null;
                var advisory = advisories[message.AdvisoryId];
                try
                {
                    await connection.SendAsync(AdvisoryEmail.Compose(mail, advisory, indicators[advisory.Id].ToList(), message), ct);
                }
                catch (MailKit.Net.Smtp.SmtpCommandException refused) when (refused.ErrorCode is MailKit.Net.Smtp.SmtpErrorCode.RecipientNotAccepted
                    or MailKit.Net.Smtp.SmtpErrorCode.MessageNotAccepted)
                {
                    // The relay refused this one message (the connection stays usable): a bounce it reports at once.
                    RecordRefusal(message, refused);
                    following?.HandedOverAt = time.GetUtcNow();
                    await db.SaveChangesAsync(ct);
                    db.Entry(message).State = EntityState.Detached;
                    continue;
                }

                // The disclosure first, committed with other lanes' (a group commit: no lane waits for another's disk
                // write), then the "sent" mark with the next hand-over. A process killed in between leaves the message
                // interrupted, and it is audited as possibly disclosed when marked so: no disclosure goes unaudited.
                await audit.WriteAsync([new ReadAuditWriter.Entry(db.Scope, message.AuditRecordType, message.AuditRecordId, message.RegionCode,
                    $"Advisory {advisory.Reference} edition {advisory.Edition} ({AdvisoryEmail.KindName(message.Kind)}) emailed to {message.Email}", AuditAction.Disclosed)]);
                message.Status = MessageStatus.Sent;
                message.SentAt = time.GetUtcNow();
                message.Attempts++;
                message.ClaimedBy = null;
                message.ClaimedUntil = null;
                message.LastError = null;
                following?.HandedOverAt = time.GetUtcNow();
                await db.SaveChangesAsync(ct);
                db.Entry(message).State = EntityState.Detached;
                sent++;
                var wait = interval * sent - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, ct);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or MailKit.CommandException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException
            or System.Net.Sockets.SocketException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "The advisory outbox could not send: {Remaining} messages wait for a retry", batch.Count(m => m.Status == MessageStatus.Queued));
            var failedAt = time.GetUtcNow();
            // Those the relay already answered in this batch (refused for now: their retry is set) are left as they are.
            foreach (var message in batch.Where(m => m.Status == MessageStatus.Queued && m.ClaimedBy is not null))
            {
                // The relay failed (or was never reached): the message in hand was not accepted, and goes again.
                if (db.Entry(message).State == EntityState.Detached)
                {
                    db.Attach(message);
                }

                message.HandedOverAt = null;
                message.Attempts++;
                message.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                message.ClaimedBy = null;
                message.ClaimedUntil = null;
                if (message.Attempts >= options.Value.MaxAttempts)
                {
                    message.Status = MessageStatus.Failed;
                }
                else
                {
                    message.NextAttemptAt = failedAt + TimeSpan.FromMinutes(Math.Pow(2, message.Attempts - 1));
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    /// <summary>
    /// A permanent refusal (5xx: no such mailbox, rejected as spam) is a bounce, recorded with the relay's words and
    /// never retried; a temporary one (4xx: mailbox full, try later) waits for a retry like a failed connection, alone.
    /// </summary>
    private void RecordRefusal(AdvisoryMessage message, MailKit.Net.Smtp.SmtpCommandException refused)
    {
        var code = (int)refused.StatusCode;
        var reason = $"{code} {refused.Message}".Trim();
        message.Attempts++;
        message.LastError = reason.Length > 500 ? reason[..500] : reason;
        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        message.HandedOverAt = null;
        if (code >= 500)
        {
            message.Status = MessageStatus.Bounced;
        }
        else if (message.Attempts >= options.Value.MaxAttempts)
        {
            message.Status = MessageStatus.Failed;
        }
        else
        {
            message.NextAttemptAt = time.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, message.Attempts - 1));
        }
    }

    /// <summary>One batch in a scope of its own, as the outbox: what the worker's lanes (and the benchmark's) do.</summary>
    public static async Task<int> SendOneBatchAsync(IServiceScopeFactory scopes, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Access.ActorScopeOverride>().Scope = Access.ActorScope.System("advisory outbox");
        return await scope.ServiceProvider.GetRequiredService<AdvisoryOutbox>().SendBatchAsync(ct);
    }

    public sealed record Progress(int Queued, int Sent, int Failed, int Acknowledged, int Bounced = 0);

    public async Task<Progress> ProgressOfAsync(IReadOnlyCollection<Guid> advisoryIds)
    {
        var counts = await db.Set<AdvisoryMessage>().AsNoTracking().Where(m => advisoryIds.Contains(m.AdvisoryId))
            .GroupBy(m => m.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        var acknowledged = await db.Set<AdvisoryMessage>().CountAsync(m => advisoryIds.Contains(m.AdvisoryId) && m.Acknowledgement != null);
        int Of(MessageStatus s) => counts.Where(c => c.Key == s).Sum(c => c.N);
        return new Progress(Of(MessageStatus.Queued), Of(MessageStatus.Sent), Of(MessageStatus.Failed) + Of(MessageStatus.Interrupted), acknowledged, Of(MessageStatus.Bounced));
    }
}

/// <summary>
/// Runs the outbox in the background: in each of its lanes, batches back to back while there is work, else waits to be
/// woken or polls. The claims keep each message to one lane of one instance.
/// </summary>
public sealed class AdvisoryOutboxWorker(IServiceScopeFactory scopes, AdvisoryOutboxSignal signal, IOptions<OutboxOptions> options, ILogger<AdvisoryOutboxWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Lanes)).Select(_ => LaneAsync(stoppingToken)));

    private async Task LaneAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await AdvisoryOutbox.SendOneBatchAsync(scopes, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The advisory outbox failed a batch; it will try again");
            }

            if (sent == 0)
            {
                // Real time, not the service's clock: the outbox polls the database, it does not schedule by the calendar.
                await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), stoppingToken);
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// Records recipients' answers many at once (<see cref="GroupCommit{TItem}"/>): an advisory to 20,000 people brings
/// its answers in a rush, and each answer is an audited change, so one at a time they queued behind each other's
/// commits. Each recipient's page still returns only after their answer and its audit entries are committed.
/// </summary>
public sealed class AcknowledgementWriter(IServiceScopeFactory scopes, TimeProvider time) : GroupCommit<AcknowledgementWriter.Answer>(scopes)
{
    public sealed record Answer(Guid MessageId, Acknowledgement Acknowledgement, string? CorrelationId);

    protected override async Task ApplyAsync(IServiceProvider services, ProtectHubDbContext db, IReadOnlyList<Answer> items)
    {
        // The recipients answer through their links, without accounts: the same actor as their own requests.
        services.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("anonymous");
        var ids = items.Select(i => i.MessageId).Distinct().ToList();
        var messages = await db.Set<AdvisoryMessage>().IgnoreQueryFilters([QueryFilters.Region]).Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        var now = time.GetUtcNow();
        foreach (var answer in items)
        {
            if (messages.TryGetValue(answer.MessageId, out var message))
            {
                message.Acknowledgement = answer.Acknowledgement;
                message.AcknowledgedAt = now;
                db.Audit(AuditAction.Altered, message.AuditRecordType, message.AuditRecordId, message.RegionCode, $"Acknowledged by the recipient: {answer.Acknowledgement}",
                    actor: (null, "anonymous"), correlationId: answer.CorrelationId);
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// What recipients do with their own link, no account needed: acknowledge ("received", "acted on it", "not relevant to
/// us"), or opt out of every email from ProtectHub. A token finds one message across regions and nothing else.
/// </summary>
public sealed class AdvisoryResponses(ProtectHubDbContext db, TimeProvider time, AcknowledgementWriter acknowledgements)
{
    public sealed record Found(AdvisoryMessage Message, Advisory Advisory);

    public async Task<Found?> FindAsync(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        // One round trip: the message with its advisory.
        var found = await db.Set<AdvisoryMessage>().IgnoreQueryFilters([QueryFilters.Region]).Where(m => m.Token == token && m.Status == MessageStatus.Sent)
            .Join(db.Set<Advisory>().IgnoreQueryFilters([QueryFilters.Region]), m => m.AdvisoryId, a => a.Id, (m, a) => new { Message = m, Advisory = a })
            .FirstOrDefaultAsync();
        return found is null ? null : new Found(found.Message, found.Advisory);
    }

    /// <summary>Records the recipient's answer, committed (with its audit) with other recipients' answers arriving at the same moment.</summary>
    public async Task AcknowledgeAsync(AdvisoryMessage message, Acknowledgement answer)
    {
        await acknowledgements.WriteAsync([new AcknowledgementWriter.Answer(message.Id, answer, db.Scope.CorrelationId)]);
        message.Acknowledgement = answer;
        message.AcknowledgedAt = time.GetUtcNow();
        db.Entry(message).State = EntityState.Unchanged; // written by the writer, not by this context
    }

    /// <summary>The recipient opts out: the contact is never emailed again by any feature, and their queued messages are dropped.</summary>
    public async Task OptOutAsync(AdvisoryMessage message)
    {
        var now = time.GetUtcNow();
        var contact = await db.Set<Contact>().IgnoreQueryFilters([QueryFilters.Region]).FirstOrDefaultAsync(c => c.Id == message.ContactId);
        if (contact is not null && !contact.OptedOut)
        {
            contact.OptedOut = true;
            contact.OptedOutAt = now;
        }

        await db.Set<AdvisoryMessage>().IgnoreQueryFilters([QueryFilters.Region]).Where(m => m.ContactId == message.ContactId && m.Status == MessageStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Skipped).SetProperty(m => m.LastError, "The recipient opted out"));
        await db.SaveChangesAsync();
    }

    public sealed record Row(string Name, string Email, string OrganisationName, MessageKind Kind, MessageStatus Status, DateTimeOffset? SentAt,
        Acknowledgement? Acknowledgement, DateTimeOffset? AcknowledgedAt, string? LastError = null)
    {
        /// <summary>The delivery status in words, with the relay's reason for a bounce or a failure.</summary>
        public string StatusText => Status switch
        {
            MessageStatus.Queued => LastError is null ? "Waiting" : $"Waiting to retry ({LastError})",
            MessageStatus.Sent => "Sent",
            MessageStatus.Failed => $"Failed ({LastError})",
            MessageStatus.Bounced => $"Bounced ({LastError})",
            MessageStatus.Interrupted => $"Interrupted ({LastError})",
            MessageStatus.Skipped => $"Not sent ({LastError})",
            _ => Status.ToString(),
        };
    }

    /// <summary>Every message of the advisory's editions: who was sent what, and who has answered.</summary>
    public async Task<IReadOnlyList<Row>> RecipientsAsync(IReadOnlyCollection<Guid> advisoryIds)
    {
        var messages = await db.Set<AdvisoryMessage>().AsNoTracking().Where(m => advisoryIds.Contains(m.AdvisoryId)).OrderBy(m => m.OrganisationName).ThenBy(m => m.Name)
            .Take(5000).ToListAsync();
        return messages.Select(m => new Row(m.Name, m.Email, m.OrganisationName, m.Kind, m.Status, m.SentAt, m.Acknowledgement, m.AcknowledgedAt, m.LastError)).ToList();
    }

    /// <summary>The advisories sent to an organisation's people, and their answers, for its timeline.</summary>
    public async Task<IReadOnlyList<(Advisory Advisory, AdvisoryMessage Message)>> OfOrganisationAsync(Guid organisationId)
    {
        var messages = await db.Set<AdvisoryMessage>().AsNoTracking().Where(m => m.OrganisationId == organisationId && m.Status == MessageStatus.Sent)
            .OrderByDescending(m => m.SentAt).Take(100).ToListAsync();
        var ids = messages.Select(m => m.AdvisoryId).Distinct().ToList();
        var advisories = await db.Set<Advisory>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        return messages.Select(m => (advisories[m.AdvisoryId], m)).ToList();
    }
}

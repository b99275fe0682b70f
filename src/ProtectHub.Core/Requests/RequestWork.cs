using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Core.Requests;

/// <summary>The work on an accepted request: notes of what was done, the engagement that answers it, and its outcome.</summary>
public sealed class RequestWork(ProtectHubDbContext db, TimeProvider time, RequestEmails emails)
{
    public Task<List<RequestNote>> NotesAsync(Guid requestId) =>
        db.Set<RequestNote>().AsNoTracking().Where(n => n.RequestId == requestId).OrderBy(n => n.At).ToListAsync();

    public async Task<IReadOnlyList<FieldError>> AddNoteAsync(AssistanceRequest request, string? text, int? minutes, string byName)
    {
        var errors = new List<FieldError>();
        errors.RequireText(text, "Note", "The note", "Enter what was done", TextLimits.Paragraph);
        if (minutes is < 1 or > 10_000)
        {
            errors.Add(new("Minutes", "Time spent must be between 1 and 10,000 minutes"));
        }

        if (request.Status != RequestStatus.Accepted)
        {
            errors.Add(new("Note", "Work can be recorded only on an accepted request"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.Add(new RequestNote { RequestId = request.Id, RegionCode = request.RegionCode, At = time.GetUtcNow(), ByName = byName, Text = text!.Trim(), Minutes = minutes });
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>The request an engagement answers, if any (the other direction of the link).</summary>
    /// <summary>The engagement that answers a request, as its page names it; null when it is not in the region.</summary>
    public async Task<(string Title, Engagements.EngagementStatus Status, DateTimeOffset StartsAt)?> AnsweringEngagementAsync(Guid engagementId)
    {
        var e = await db.Set<Engagements.Engagement>().AsNoTracking().Where(e => e.Id == engagementId).Select(e => new { e.Title, e.Status, e.StartsAt }).FirstOrDefaultAsync();
        return e is null ? null : (e.Title, e.Status, e.StartsAt);
    }

    public Task<AssistanceRequest?> AnsweredByAsync(Guid engagementId) =>
        db.Set<AssistanceRequest>().AsNoTracking().Where(r => r.EngagementId == engagementId)
            .Select(r => new AssistanceRequest { Id = r.Id, RegionCode = r.RegionCode, Reference = r.Reference, Title = r.Title, Status = r.Status })
            .FirstOrDefaultAsync();

    /// <summary>An accepted request of the region with no engagement yet: one an engagement may be planned to answer.</summary>
    public Task<AssistanceRequest?> AnswerableAsync(Guid requestId) =>
        db.Set<AssistanceRequest>().AsNoTracking().Where(r => r.Id == requestId && r.Status == RequestStatus.Accepted && r.EngagementId == null)
            .Select(r => new AssistanceRequest { Id = r.Id, RegionCode = r.RegionCode, Reference = r.Reference, Title = r.Title, OrganisationId = r.OrganisationId })
            .FirstOrDefaultAsync();

    /// <summary>Links the engagement planned to answer an accepted request (one engagement per request; an engagement answers one request).</summary>
    public async Task<IReadOnlyList<FieldError>> LinkEngagementAsync(Guid requestId, Guid engagementId)
    {
        var request = await db.Set<AssistanceRequest>().FirstOrDefaultAsync(r => r.Id == requestId);
        if (request is null || request.Status != RequestStatus.Accepted)
        {
            return [new("RequestId", "Only an accepted request of your region can be answered by an engagement")];
        }

        if (request.EngagementId is not null)
        {
            return [new("RequestId", "This request already has an engagement")];
        }

        if (!await db.Set<Engagement>().AnyAsync(e => e.Id == engagementId) || await db.Set<AssistanceRequest>().AnyAsync(r => r.EngagementId == engagementId))
        {
            return [new("RequestId", "The engagement is not one of your region's, or already answers a request")];
        }

        request.EngagementId = engagementId;
        db.Add(new RequestNote { RequestId = request.Id, RegionCode = request.RegionCode, At = time.GetUtcNow(), ByName = "ProtectHub", Text = "Engagement planned to answer it" });
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> CompleteAsync(AssistanceRequest request, string? outcome, string byName)
    {
        var errors = new List<FieldError>();
        errors.RequireText(outcome, "Outcome", "The outcome", "Enter the outcome (the requester is told)", TextLimits.Paragraph);
        if (request.Status != RequestStatus.Accepted)
        {
            errors.Add(new("Outcome", "Only an accepted request can be completed"));
        }
        else if (request.EngagementId is { } engagementId
            && await db.Set<Engagement>().AsNoTracking().Where(e => e.Id == engagementId).Select(e => (EngagementStatus?)e.Status).FirstOrDefaultAsync()
                is EngagementStatus.Planned)
        {
            errors.Add(new("Outcome", "Record the engagement as delivered or cancelled first: the request is answered by it"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        request.Status = RequestStatus.Done;
        request.Outcome = outcome!.Trim();
        request.DoneAt = time.GetUtcNow();
        request.DoneByName = byName;
        request.RefreshDueOn();
        await db.SaveChangesAsync();
        if (await emails.TellRequesterAsync(request))
        {
            db.Audit(Audit.AuditAction.Disclosed, request.AuditRecordType, request.AuditRecordId, request.RegionCode, $"Requester emailed: {request.LastEmailed}");
            await db.SaveChangesAsync();
        }

        return [];
    }
}

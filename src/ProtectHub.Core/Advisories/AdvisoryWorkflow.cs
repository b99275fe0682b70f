using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// An advisory's life: a draft submitted, approved by a supervisor other than its author, issued (every recipient's
/// email queued in the outbox in one save), updated by a new edition sent to the same audience with what changed,
/// withdrawn with the recipients told, and reminders to those who have not acknowledged an AMBER or RED one.
/// </summary>
public sealed class AdvisoryWorkflow(ProtectHubDbContext db, AdvisoryWriting writing, AdvisoryAudience audience, AdvisoryOutboxSignal signal, TimeProvider time,
    Data.Providers.IBulkWriter writer)
{
    public async Task<IReadOnlyList<FieldError>> SubmitAsync(Advisory advisory)
    {
        if (advisory.Status != AdvisoryStatus.Draft)
        {
            return [new("", "This advisory has already been submitted")];
        }

        var refusals = AdvisoryAudience.TlpRefusals(advisory);
        if (refusals.Count > 0)
        {
            return refusals.Select(r => new FieldError("", r)).ToList();
        }

        advisory.Status = AdvisoryStatus.AwaitingApproval;
        advisory.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> ApproveAsync(Advisory advisory, Guid supervisorId, string supervisorName)
    {
        if (advisory.Status != AdvisoryStatus.AwaitingApproval)
        {
            return [new("", "This advisory is not waiting for approval")];
        }

        if (advisory.CreatedById == supervisorId)
        {
            return [new("", "You wrote this advisory: another supervisor must approve it")];
        }

        advisory.Status = AdvisoryStatus.Approved;
        advisory.ApprovedAt = time.GetUtcNow();
        advisory.ApprovedByName = supervisorName;
        advisory.UpdatedAt = advisory.ApprovedAt.Value;
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> SendBackAsync(Advisory advisory)
    {
        if (advisory.Status is not (AdvisoryStatus.AwaitingApproval or AdvisoryStatus.Approved))
        {
            return [new("", "Only an advisory waiting to be issued can be sent back")];
        }

        advisory.Status = AdvisoryStatus.Draft;
        advisory.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>
    /// Issues an approved advisory: every recipient's message is queued in the same save as the status (nothing is
    /// half-issued), and the outbox sends them in the background. An update goes to the first edition's audience.
    /// </summary>
    public async Task<(int Queued, IReadOnlyList<FieldError> Errors)> IssueAsync(Advisory advisory, string linkBase)
    {
        if (advisory.Status != AdvisoryStatus.Approved)
        {
            return (0, [new("", "Only an approved advisory can be issued")]);
        }

        var now = time.GetUtcNow();
        List<Recipient> recipients;
        MessageKind kind;
        if (advisory.PreviousVersionId is { } previousId)
        {
            // The same audience as before (less anyone who has opted out since), told what changed.
            var first = await FirstEditionIdAsync(advisory);
            var earlier = await db.Set<AdvisoryMessage>().AsNoTracking().Where(m => m.AdvisoryId == first && m.Kind == MessageKind.Issue).ToListAsync();
            var optedOut = await OptedOutAsync(earlier.Select(m => m.ContactId));
            recipients = earlier.Where(m => !optedOut.Contains(m.ContactId))
                .Select(m => new Recipient(m.ContactId, m.Name, m.Email, m.OrganisationId, m.OrganisationName)).ToList();
            kind = MessageKind.Update;
            var previous = await db.Set<Advisory>().FirstAsync(a => a.Id == previousId);
            previous.SupersededById = advisory.Id;
            previous.UpdatedAt = now;
        }
        else
        {
            var preview = await audience.PreviewAsync(advisory);
            if (!preview.MaySend)
            {
                return (0, preview.Refusals.Count > 0 ? preview.Refusals.Select(r => new FieldError("", r)).ToList() : [new("", "Nobody in the audience can be emailed")]);
            }

            recipients = [.. preview.Recipients];
            kind = MessageKind.Issue;
        }

        advisory.Status = AdvisoryStatus.Issued;
        advisory.IssuedAt = now;
        advisory.LinkBase = linkBase.TrimEnd('/');
        advisory.UpdatedAt = now;
        await QueueAsync(advisory, recipients, kind, now);
        signal.Wake();
        return (recipients.Count, []);
    }

    /// <summary>Starts an update: a draft edition with the issued one's content and indicators, to change and approve.</summary>
    public async Task<(Advisory? Update, IReadOnlyList<FieldError> Errors)> StartUpdateAsync(Advisory advisory, Guid authorId, string authorName)
    {
        if (advisory.Status != AdvisoryStatus.Issued || advisory.SupersededById is not null)
        {
            return (null, [new("", "Only the current issued edition can be updated")]);
        }

        if (await db.Set<Advisory>().AnyAsync(a => a.PreviousVersionId == advisory.Id))
        {
            return (null, [new("", "An update of this advisory has already been started")]);
        }

        var now = time.GetUtcNow();
        var update = new Advisory
        {
            RegionCode = advisory.RegionCode,
            Reference = advisory.Reference,
            Edition = advisory.Edition + 1,
            PreviousVersionId = advisory.Id,
            Title = advisory.Title,
            Summary = advisory.Summary,
            Details = advisory.Details,
            RecommendedActions = advisory.RecommendedActions,
            Sectors = [.. advisory.Sectors],
            ForceCodes = [.. advisory.ForceCodes],
            Severity = advisory.Severity,
            Source = advisory.Source,
            Tlp = advisory.Tlp,
            IntelligenceReportIds = [.. advisory.IntelligenceReportIds],
            LessonIds = [.. advisory.LessonIds],
            ToCommunity = advisory.ToCommunity,
            ToMemberships = [.. advisory.ToMemberships],
            ToSectors = [.. advisory.ToSectors],
            ToSizes = [.. advisory.ToSizes],
            ToForces = [.. advisory.ToForces],
            ToContactIds = [.. advisory.ToContactIds],
            Status = AdvisoryStatus.Draft,
            CreatedById = authorId,
            CreatedByName = authorName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(update);
        var indicators = await writing.IndicatorsOfAsync(advisory.Id);
        await writing.ReplaceIndicatorsAsync(update, indicators.Select(i => i.AsIndicator).ToList());
        await db.SaveChangesAsync();
        return (update, []);
    }

    public async Task<IReadOnlyList<FieldError>> WithdrawAsync(Advisory advisory, string? reason)
    {
        if (advisory.Status != AdvisoryStatus.Issued || advisory.SupersededById is not null)
        {
            return [new("", "Only the current issued edition can be withdrawn")];
        }

        var errors = new List<FieldError>();
        errors.RequireText(reason, "Reason", "The reason", "Enter why the advisory is withdrawn: recipients are told", TextLimits.Sentence);
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        advisory.Status = AdvisoryStatus.Withdrawn;
        advisory.WithdrawnAt = now;
        advisory.WithdrawnReason = reason!.Trim();
        advisory.UpdatedAt = now;
        await QueueAsync(advisory, await ReachedAsync(advisory), MessageKind.Withdrawal, now);
        signal.Wake();
        return [];
    }

    /// <summary>A reminder to everyone sent an AMBER or RED advisory who has not acknowledged it.</summary>
    public async Task<(int Queued, IReadOnlyList<FieldError> Errors)> RemindAsync(Advisory advisory)
    {
        if (advisory.Status != AdvisoryStatus.Issued || advisory.Tlp is not (Sharing.TlpMarking.Amber or Sharing.TlpMarking.AmberStrict or Sharing.TlpMarking.Red))
        {
            return (0, [new("", "Reminders are for issued TLP:AMBER, AMBER+STRICT and RED advisories")]);
        }

        var ids = await ChainAsync(advisory);
        var acknowledged = await db.Set<AdvisoryMessage>().Where(m => ids.Contains(m.AdvisoryId) && m.Acknowledgement != null).Select(m => m.ContactId).ToListAsync();
        var pending = (await ReachedAsync(advisory)).Where(r => !acknowledged.Contains(r.ContactId)).ToList();
        var now = time.GetUtcNow();
        advisory.RemindedAt = now;
        await QueueAsync(advisory, pending, MessageKind.Reminder, now);
        signal.Wake();
        return (pending.Count, []);
    }

    /// <summary>
    /// Queues one message a recipient and saves them with the advisory's other pending changes, all or nothing. Written
    /// by the bulk writer (COPY on PostgreSQL: 20,000 recipients are queued in a few seconds) and audited as collected
    /// in grouped entries; each message's disclosure is audited on its own when it is sent.
    /// </summary>
    private async Task QueueAsync(Advisory advisory, IEnumerable<Recipient> recipients, MessageKind kind, DateTimeOffset now)
    {
        var grouped = db.GroupCollectedEntries;
        db.GroupCollectedEntries = true;
        try
        {
            await writer.InsertAsync(db, Messages(advisory, recipients, kind, now));
        }
        finally
        {
            db.GroupCollectedEntries = grouped;
        }
    }

    private static List<AdvisoryMessage> Messages(Advisory advisory, IEnumerable<Recipient> recipients, MessageKind kind, DateTimeOffset now) =>
        [.. recipients.Select(r => new AdvisoryMessage
        {
            AdvisoryId = advisory.Id,
            RegionCode = advisory.RegionCode,
            Kind = kind,
            ContactId = r.ContactId,
            OrganisationId = r.OrganisationId,
            OrganisationName = r.OrganisationName,
            Name = r.Name,
            Email = r.Email,
            Token = PublicToken.New(),
            Status = MessageStatus.Queued,
            QueuedAt = now,
            NextAttemptAt = now,
        })];

    /// <summary>Everyone the advisory (any edition) was sent to, once each, not opted out since.</summary>
    private async Task<List<Recipient>> ReachedAsync(Advisory advisory)
    {
        var ids = await ChainAsync(advisory);
        var sent = await db.Set<AdvisoryMessage>().AsNoTracking().Where(m => ids.Contains(m.AdvisoryId) && (m.Kind == MessageKind.Issue || m.Kind == MessageKind.Update))
            .ToListAsync();
        var optedOut = await OptedOutAsync(sent.Select(m => m.ContactId));
        return sent.Where(m => !optedOut.Contains(m.ContactId)).DistinctBy(m => m.ContactId)
            .Select(m => new Recipient(m.ContactId, m.Name, m.Email, m.OrganisationId, m.OrganisationName)).ToList();
    }

    private async Task<HashSet<Guid>> OptedOutAsync(IEnumerable<Guid> contactIds)
    {
        var ids = contactIds.Distinct().ToList();
        return (await db.Set<Partners.Contact>().IncludingMerged().Where(c => ids.Contains(c.Id) && c.OptedOut).Select(c => c.Id).ToListAsync()).ToHashSet();
    }

    /// <summary>The ids of every edition of the advisory.</summary>
    public Task<List<Guid>> ChainAsync(Advisory advisory) =>
        db.Set<Advisory>().Where(a => a.Reference == advisory.Reference).Select(a => a.Id).ToListAsync();

    private async Task<Guid> FirstEditionIdAsync(Advisory advisory) =>
        await db.Set<Advisory>().Where(a => a.Reference == advisory.Reference && a.Edition == 1).Select(a => a.Id).FirstAsync();
}

using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Intelligence;

/// <summary>
/// Quality assurance: a draft is submitted, a supervisor other than the author approves it (grading, handling and
/// sanitisation checked) or sends it back with reasons; an approved report is disseminated, and corrected only by a
/// new edition that replaces it when approved.
/// </summary>
public sealed class IntelligenceQa(ProtectHubDbContext db, IntelligenceDrafting drafting, TimeProvider time)
{
    /// <summary>What a report needs before a supervisor looks at it; the errors name the field.</summary>
    public static IReadOnlyList<FieldError> Incomplete(IntelligenceReport report)
    {
        var errors = new List<FieldError>();
        errors.Require(report.SourceType, nameof(report.SourceType), "Select the source type");
        errors.Require(report.SourceEvaluation, nameof(report.SourceEvaluation), "Select the source evaluation (1, 2 or 3)");
        errors.Require(report.Assessment, nameof(report.Assessment), "Select the intelligence assessment (A to E)");
        errors.Require(report.Handling, nameof(report.Handling), "Select the handling code (P or C)");
        if (report.Handling == HandlingCode.C && string.IsNullOrWhiteSpace(report.HandlingConditions))
        {
            errors.Add(new(nameof(report.HandlingConditions), "Enter the conditions of sharing: handling code C needs them"));
        }

        if (string.IsNullOrWhiteSpace(report.SanitisedText))
        {
            errors.Add(new(nameof(report.SanitisedText), "Enter the sanitised text, fit to share"));
        }
        else if (string.Equals(report.SanitisedText.Trim(), report.FullText.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(nameof(report.SanitisedText), "The sanitised text is the same as the full text: remove what identifies the source or people"));
        }

        if (report.RequirementIds.Count == 0)
        {
            errors.Add(new(nameof(report.RequirementIds), "Select the intelligence requirements the report answers"));
        }

        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> SubmitAsync(IntelligenceReport report, IntelligenceActor actor)
    {
        if (report.Status != IntelligenceStatus.Draft)
        {
            return [new("", "This report has already been submitted")];
        }

        if (!IntelligenceAccess.MayEdit(report, actor))
        {
            return [new("", "Only the owning team can submit this report")];
        }

        var errors = Incomplete(report);
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        report.Status = IntelligenceStatus.SubmittedForQa;
        report.SubmittedAt = now;
        report.FirstSubmittedOn ??= time.UkToday();
        report.QaReturnReason = null;
        report.UpdatedAt = now;
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> SendBackAsync(IntelligenceReport report, string? reason, IntelligenceActor actor)
    {
        var errors = new List<FieldError>();
        if (Refusal(report, actor) is { } refusal)
        {
            return [refusal];
        }

        errors.RequireText(reason, "Reason", "The reason", "Enter what the author must put right", TextLimits.Sentence);
        if (errors.Count > 0)
        {
            return errors;
        }

        report.Status = IntelligenceStatus.Draft;
        report.QaReturnReason = reason!.Trim();
        report.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>
    /// Approves a submitted report once the supervisor confirms each check. From then on it never changes; if it
    /// corrects an earlier edition, that one is replaced (and stops counting) in the same save.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> ApproveAsync(IntelligenceReport report, bool gradingChecked, bool handlingChecked, bool sanitisationChecked, IntelligenceActor actor)
    {
        if (Refusal(report, actor) is { } refusal)
        {
            return [refusal];
        }

        var errors = new List<FieldError>();
        if (!gradingChecked || !handlingChecked || !sanitisationChecked)
        {
            errors.Add(new("Checks", "Confirm you have checked the grading, the handling code and the sanitised text"));
        }

        errors.AddRange(Incomplete(report));
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        report.Status = IntelligenceStatus.Approved;
        report.ApprovedAt = now;
        report.ApprovedByName = actor.Name;
        report.UpdatedAt = now;
        if (report.PreviousVersionId is { } previousId && await db.Set<IntelligenceReport>().FirstOrDefaultAsync(r => r.Id == previousId) is { } previous)
        {
            previous.SupersededById = report.Id;
            db.RemoveRange(await db.Set<IntelligenceFacet>().Where(f => f.ReportId == previous.Id).ToListAsync());
        }

        db.AddRange(FacetsOf(report));
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>What an approved report counts as, in the quarter its first edition was submitted.</summary>
    public static IEnumerable<IntelligenceFacet> FacetsOf(IntelligenceReport report)
    {
        var on = report.FirstSubmittedOn ?? DateOnly.FromDateTime(report.ApprovedAt!.Value.UtcDateTime);
        var quarter = FinancialQuarter.Containing(on).Code;
        IntelligenceFacet Facet(FacetKind kind, string value) => new()
        {
            ReportId = report.Id,
            RegionCode = report.RegionCode,
            Kind = kind,
            Value = value,
            CountedOn = on,
            Quarter = quarter,
        };

        yield return Facet(FacetKind.Report, "");
        yield return Facet(FacetKind.SourceType, report.SourceType!.Value.ToString());
        foreach (var category in report.ThreatCategories)
        {
            yield return Facet(FacetKind.ThreatCategory, category);
        }

        foreach (var sector in report.Sectors)
        {
            yield return Facet(FacetKind.Sector, sector);
        }

        foreach (var force in report.ForceCodes)
        {
            yield return Facet(FacetKind.Force, force);
        }

        foreach (var requirement in report.RequirementIds)
        {
            yield return Facet(FacetKind.Requirement, requirement.ToString());
        }
    }

    private static FieldError? Refusal(IntelligenceReport report, IntelligenceActor actor)
    {
        if (!actor.IsSupervisor)
        {
            return new("", "Only a supervisor can quality-assure a report");
        }

        if (report.Status != IntelligenceStatus.SubmittedForQa)
        {
            return new("", "This report is not waiting for quality assurance");
        }

        return report.CreatedById == actor.Id ? new("", "You wrote this report: another supervisor must quality-assure it") : null;
    }

    /// <summary>
    /// Starts a correction of an approved report: a new draft edition with its content, linked to it. The approved
    /// edition stays as it is, and current, until the correction is approved.
    /// </summary>
    public async Task<(IntelligenceReport? Correction, IReadOnlyList<FieldError> Errors)> CorrectAsync(IntelligenceReport report, string? reason, IntelligenceActor actor)
    {
        if (report.Status is not (IntelligenceStatus.Approved or IntelligenceStatus.Disseminated) || !report.IsCurrent)
        {
            return (null, [new("", "Only the current approved edition of a report can be corrected")]);
        }

        if (!IntelligenceAccess.MayEdit(report, actor))
        {
            return (null, [new("", "Only the owning team can correct this report")]);
        }

        if (await db.Set<IntelligenceReport>().AnyAsync(r => r.PreviousVersionId == report.Id))
        {
            return (null, [new("", "A correction of this report has already been started")]);
        }

        var errors = new List<FieldError>();
        errors.RequireText(reason, "Reason", "The reason", "Enter what the correction changes", TextLimits.Sentence);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var correction = new IntelligenceReport
        {
            RegionCode = report.RegionCode,
            Reference = report.Reference,
            Edition = report.Edition + 1,
            PreviousVersionId = report.Id,
            OwningTeam = report.OwningTeam,
            Title = report.Title,
            SourceType = report.SourceType,
            SourceOrganisationId = report.SourceOrganisationId,
            SourceContactId = report.SourceContactId,
            SourceDescription = report.SourceDescription,
            SourceEvaluation = report.SourceEvaluation,
            Assessment = report.Assessment,
            Handling = report.Handling,
            HandlingConditions = report.HandlingConditions,
            FullText = report.FullText,
            SanitisedText = report.SanitisedText,
            ThreatCategories = [.. report.ThreatCategories],
            Sectors = [.. report.Sectors],
            ForceCodes = [.. report.ForceCodes],
            RequirementIds = [.. report.RequirementIds],
            Status = IntelligenceStatus.Draft,
            CreatedById = actor.Id,
            CreatedByName = actor.Name,
            CreatedAt = now,
            UpdatedAt = now,
            FirstSubmittedOn = report.FirstSubmittedOn,
            CorrectionReason = reason!.Trim(),
            SubmissionId = report.SubmissionId,
        };
        db.Add(correction);
        var subjects = await drafting.SubjectsOfAsync(report.Id);
        await drafting.ReplaceSubjectsAsync(correction, subjects.Select(s => s.AsIndicator).ToList());
        await db.SaveChangesAsync();
        return (correction, []);
    }

    /// <summary>Records where an approved report went; sanitised-only when the recipient gets the text fit to share.</summary>
    public async Task<IReadOnlyList<FieldError>> DisseminateAsync(IntelligenceReport report, DisseminationDestination? destination, string? recipient, string? reference,
        bool sanitisedOnly, IntelligenceActor actor)
    {
        if (report.Status is not (IntelligenceStatus.Approved or IntelligenceStatus.Disseminated) || !report.IsCurrent)
        {
            return [new("", "Only the current approved edition of a report can be disseminated")];
        }

        var errors = new List<FieldError>();
        errors.Require(destination, "Destination", "Select where the report went");
        errors.RequireText(recipient, "Recipient", "The recipient", "Enter who received it (for example the force or agency)", TextLimits.Line);
        errors.RequireText(reference, "ReceivingReference", "The reference", "Enter the receiving system's reference", IntelligenceLimits.Reference);
        if (!sanitisedOnly && !IntelligenceAccess.MayReadFullText(report, actor))
        {
            errors.Add(new("SanitisedOnly", "You may share only the sanitised text of this report"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow();
        db.Add(new IntelligenceDissemination
        {
            ReportId = report.Id,
            RegionCode = report.RegionCode,
            Destination = destination!.Value,
            Recipient = recipient!.Trim(),
            ReceivingReference = reference!.Trim(),
            SanitisedOnly = sanitisedOnly,
            At = now,
            ByName = actor.Name,
        });
        report.Status = IntelligenceStatus.Disseminated;
        report.UpdatedAt = now;
        db.Audit(AuditAction.Disclosed, report.AuditRecordType, report.AuditRecordId, report.RegionCode,
            $"Disseminated to {IntelligenceNames.Of(destination.Value)} {recipient.Trim()} (reference {reference.Trim()}){(sanitisedOnly ? ", sanitised text only" : "")}");
        await db.SaveChangesAsync();
        return [];
    }

    public Task<List<IntelligenceDissemination>> DisseminationsOfAsync(Guid reportId) =>
        db.Set<IntelligenceDissemination>().AsNoTracking().Where(d => d.ReportId == reportId).OrderBy(d => d.At).ToListAsync();

    public sealed record Edition(Guid Id, int Number, IntelligenceStatus Status, DateTimeOffset? ApprovedAt, string? CorrectionReason);

    /// <summary>Every edition of a report, oldest first (no text, so not a read of the others' content).</summary>
    public Task<List<Edition>> EditionsOfAsync(string reference) =>
        db.Set<IntelligenceReport>().AsNoTracking().Where(r => r.Reference == reference).OrderBy(r => r.Edition)
            .Select(r => new Edition(r.Id, r.Edition, r.Status, r.ApprovedAt, r.CorrectionReason)).ToListAsync();
}

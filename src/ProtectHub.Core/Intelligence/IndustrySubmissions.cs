using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Files;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Intelligence;

public sealed record SubmissionForm(string? Name, string? Email, IndustrySubmissionKind? Kind, DateOnly? HappenedOn, string? Description, string? Indicators);

/// <summary>A file as uploaded: its name as given, its size, and its bytes (not read when it is over the limit).</summary>
public sealed record UploadedFile(string FileName, long Length, byte[] Content);

/// <summary>
/// The two-way flow with industry: a partner organisation's secure link, the form behind it (no account), each
/// submission arriving as an intelligence draft with its provenance, the acknowledgement email, and feedback.
/// </summary>
public sealed class IndustrySubmissions(ProtectHubDbContext db, TimeProvider time, MailSender mail, PartnerLinks links, ILogger<IndustrySubmissions> logger)
{
    public const int MaxAttachments = 3;
    public const long MaxAttachmentBytes = 5 * 1024 * 1024;

    /// <summary>The live intelligence link of a token, or null (the form answers 404).</summary>
    public Task<PartnerLink?> FindLinkAsync(string token) => links.FindAsync(PartnerLinkPurpose.Intelligence, token);

    /// <summary>What a file is, by its content (<see cref="FileContent"/>): PDF, PNG, JPEG, or UTF-8 text; null for anything else.</summary>
    public static string? ContentTypeOf(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var check = FileContent.Check(stream);
        return check.Problem is null && check.Kind is FileKind.Pdf or FileKind.Png or FileKind.Jpeg or FileKind.Text ? check.ContentType : null;
    }

    public async Task<(IndustrySubmission? Submission, IReadOnlyList<FieldError> Errors)> SubmitAsync(PartnerLink link, SubmissionForm form, IReadOnlyList<UploadedFile> files)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Name, nameof(form.Name), "Your name", "Enter your name", TextLimits.Line);
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add(new(nameof(form.Email), "Enter your email address, so we can acknowledge your report"));
        }
        else if (!ContactRules.IsEmail(form.Email))
        {
            errors.Add(new(nameof(form.Email), "Enter an email address in the correct format, like name@example.com"));
        }

        errors.Require(form.Kind, nameof(form.Kind), "Select what you are reporting");
        if (form.HappenedOn > time.UkToday())
        {
            errors.Add(new(nameof(form.HappenedOn), "The date it happened must be today or in the past"));
        }

        errors.RequireText(form.Description, nameof(form.Description), "The description", "Describe what happened", IntelligenceLimits.Text - 500);
        var (indicators, indicatorErrors) = IndicatorRules.ParseLines(form.Indicators, "Indicators", IntelligenceDrafting.SubjectTypes);
        if (indicatorErrors.Count > 0)
        {
            errors.Add(new(nameof(form.Indicators), string.Join("; ", indicatorErrors)));
        }
        if (files.Count > MaxAttachments)
        {
            errors.Add(new("Attachments", $"Attach up to {MaxAttachments} files"));
        }

        var attachments = new List<(UploadedFile File, string Type)>();
        foreach (var file in files.Take(MaxAttachments))
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > MaxAttachmentBytes)
            {
                errors.Add(new("Attachments", $"'{name}' must be smaller than 5 MB"));
            }
            else if (ContentTypeOf(file.Content) is not { } type)
            {
                errors.Add(new("Attachments", $"'{name}' must be a PDF, a PNG or JPEG image, or a text file"));
            }
            else
            {
                attachments.Add((file with { FileName = name.Length > TextLimits.Line ? name[..TextLimits.Line] : name }, type));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var submission = new IndustrySubmission
        {
            RegionCode = link.RegionCode,
            LinkId = link.Id,
            OrganisationId = link.OrganisationId,
            OrganisationName = link.OrganisationName,
            SubmitterName = form.Name!.Trim(),
            SubmitterEmail = form.Email!.Trim(),
            Kind = form.Kind!.Value,
            HappenedOn = form.HappenedOn,
            Description = form.Description!.Trim(),
            ReceivedAt = now,
        };
        var report = new IntelligenceReport
        {
            RegionCode = link.RegionCode,
            OwningTeam = Team.CyberProtect,
            Title = $"{IntelligenceNames.Of(submission.Kind)} reported by {link.OrganisationName}",
            SourceType = IntelligenceSourceType.IndustryPartner,
            SourceOrganisationId = link.OrganisationId,
            SourceDescription = $"{submission.SubmitterName}, {link.OrganisationName} (secure submission link)",
            FullText = $"Reported through {link.OrganisationName}'s secure link on {now.ToUkDate()} by {submission.SubmitterName} ({submission.SubmitterEmail})."
                + (form.HappenedOn is { } on ? $" It happened on {on.ToUkDate()}." : "") + "\n\n" + submission.Description,
            Status = IntelligenceStatus.Draft,
            CreatedById = Guid.Empty,
            CreatedByName = "Industry submission",
            CreatedAt = now,
            UpdatedAt = now,
            SubmissionId = submission.Id,
        };
        report.Reference = IntelligenceDrafting.NewReference(report.Id, time.UkToday());
        submission.ReportId = report.Id;
        db.Add(report);
        db.Add(submission);
        db.AddRange(indicators.Select(i => new IntelligenceSubject { ReportId = report.Id, RegionCode = report.RegionCode, Type = i.Type, Value = i.Value, Key = i.SearchKey }));
        db.AddRange(attachments.Select(a => new SubmissionAttachment
        {
            SubmissionId = submission.Id,
            RegionCode = link.RegionCode,
            FileName = a.File.FileName,
            ContentType = a.Type,
            Size = a.File.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(a.File.Content)),
            Content = a.File.Content,
        }));
        await links.CountUseAsync(link);
        await db.SaveChangesAsync();
        await AcknowledgeAsync(submission, report.Reference);
        return (submission, []);
    }

    // The submission is saved before the email: a relay that is down never loses a report, it only leaves it unacknowledged.
    private async Task AcknowledgeAsync(IndustrySubmission submission, string reference)
    {
        if (await mail.TrySendAsync(submission.SubmitterEmail, submission.SubmitterName, $"We have received your report ({reference})",
                $"Dear {submission.SubmitterName},\n\nThank you for reporting {IntelligenceNames.Of(submission.Kind).ToLowerInvariant()} to the regional cyber Protect team. " +
                $"We have received it and our reference is {reference}.\n\nAn officer will read it, and may contact you if we need to know more. " +
                "If you are still under attack, or money has been lost, call 101 (or 999 if a crime is in progress) and report it to Report Fraud as well.\n\n" +
                "Please do not reply to this email with further details: use your secure link again.\n\nRegional Organised Crime Unit, Cyber Protect team", logger, $"acknowledgement of industry submission {submission.Id}"))
        {
            var tracked = await db.Set<IndustrySubmission>().IgnoreQueryFilters([QueryFilters.Region]).FirstAsync(s => s.Id == submission.Id);
            tracked.AcknowledgementSent = true;
            await db.SaveChangesAsync();
        }
    }

    public Task<IndustrySubmission?> OfReportAsync(Guid reportId) =>
        db.Set<IndustrySubmission>().FirstOrDefaultAsync(s => s.ReportId == reportId);

    public Task<List<SubmissionAttachment>> AttachmentsOfAsync(Guid submissionId) =>
        db.Set<SubmissionAttachment>().AsNoTracking().Where(a => a.SubmissionId == submissionId).OrderBy(a => a.FileName)
            .Select(a => new SubmissionAttachment { Id = a.Id, SubmissionId = a.SubmissionId, RegionCode = a.RegionCode, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, Sha256 = a.Sha256 })
            .ToListAsync();

    public Task<SubmissionAttachment?> AttachmentAsync(Guid submissionId, Guid attachmentId) =>
        db.Set<SubmissionAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionId == submissionId && a.Id == attachmentId);

    /// <summary>Tells the submitter what became of their report ("thank you, this helped"), by email, and records it.</summary>
    public async Task<IReadOnlyList<FieldError>> SendFeedbackAsync(IndustrySubmission submission, string? feedback, string byName)
    {
        var errors = new List<FieldError>();
        errors.RequireText(feedback, "Feedback", "The feedback", "Enter the feedback for the submitter", TextLimits.Paragraph);
        if (!mail.IsConfigured)
        {
            errors.Add(new("Feedback", "Email is not set up on this server, so feedback cannot be sent"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await mail.SendAsync(submission.SubmitterEmail, submission.SubmitterName, "Feedback on your report to the Cyber Protect team",
            $"Dear {submission.SubmitterName},\n\n{feedback!.Trim()}\n\nThank you again for reporting it.\n\nRegional Organised Crime Unit, Cyber Protect team");
        submission.Feedback = feedback.Trim();
        submission.FeedbackSentAt = time.GetUtcNow();
        submission.FeedbackByName = byName;
        db.Audit(Audit.AuditAction.Disclosed, submission.AuditRecordType, submission.AuditRecordId, submission.RegionCode, "Feedback emailed to the submitter");
        await db.SaveChangesAsync();
        return [];
    }
}

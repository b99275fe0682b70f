using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Requests;

/// <summary>A request as entered: by an officer (any source) or by a partner through their secure link.</summary>
public sealed record RequestForm(
    RequestSource? Source, RequestCategory? Category, RequestUrgency? Urgency, string? Title, string? Details,
    Guid? OrganisationId, string? RequesterName, string? RequesterEmail, string? RequesterPhone, DateOnly? NeededBy);

public static class RequestLimits
{
    public const int Details = TextLimits.Notes;
}

/// <summary>Requests arriving: entered by an officer, or sent by a partner through their secure request link.</summary>
public sealed class RequestIntake(ProtectHubDbContext db, TimeProvider time, PartnerLinks links)
{
    public async Task<(AssistanceRequest? Request, IReadOnlyList<FieldError> Errors)> RecordAsync(RequestForm form, string regionCode, string byName)
    {
        var errors = Check(form, fromPartner: false);
        Organisation? organisation = null;
        if (form.OrganisationId is { } organisationId)
        {
            organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId);
            if (organisation is null)
            {
                errors.Add(new(nameof(form.OrganisationId), "Select one of your region's partner organisations, or none"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = New(form, form.Source!.Value, regionCode, organisation?.Id, organisation?.Name, byName);
        db.Add(request);
        await db.SaveChangesAsync();
        return (request, []);
    }

    /// <summary>The live request link of a token, or null (the form answers 404).</summary>
    public Task<PartnerLink?> FindLinkAsync(string token) => links.FindAsync(PartnerLinkPurpose.Requests, token);

    /// <summary>A partner's request through their link: it arrives for triage, from their organisation.</summary>
    public async Task<(AssistanceRequest? Request, IReadOnlyList<FieldError> Errors)> SubmitAsync(PartnerLink link, RequestForm form)
    {
        var errors = Check(form, fromPartner: true);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = New(form, RequestSource.PartnerOrganisation, link.RegionCode, link.OrganisationId, link.OrganisationName, "Secure request link");
        request.LinkId = link.Id;
        db.Add(request);
        await links.CountUseAsync(link);
        await db.SaveChangesAsync();
        return (request, []);
    }

    /// <summary>Every field's rule (a partner must give an email address; an officer must say who is asking).</summary>
    public List<FieldError> Check(RequestForm form, bool fromPartner)
    {
        var errors = new List<FieldError>();
        if (!fromPartner)
        {
            errors.Require(form.Source, nameof(form.Source), "Select who is asking");
        }

        errors.Require(form.Category, nameof(form.Category), "Select what kind of help is asked for");
        errors.Require(form.Urgency, nameof(form.Urgency), "Select how urgent it is");
        errors.RequireText(form.Title, nameof(form.Title), "The summary", "Enter a one-line summary of what is asked", TextLimits.Line);
        errors.RequireText(form.Details, nameof(form.Details), "The details", "Describe what is asked", RequestLimits.Details);
        errors.RequireText(form.RequesterName, nameof(form.RequesterName), "The name", "Enter the name of the person asking", TextLimits.Line);
        if (string.IsNullOrWhiteSpace(form.RequesterEmail))
        {
            if (fromPartner)
            {
                errors.Add(new(nameof(form.RequesterEmail), "Enter your email address, so we can tell you what happens next"));
            }
        }
        else if (!ContactRules.IsEmail(form.RequesterEmail))
        {
            errors.Add(new(nameof(form.RequesterEmail), "Enter an email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(form.RequesterPhone) && !ContactRules.IsPhone(form.RequesterPhone))
        {
            errors.Add(new(nameof(form.RequesterPhone), "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"));
        }

        if (form.NeededBy is { } needed && needed < time.UkToday())
        {
            errors.Add(new(nameof(form.NeededBy), "The date it is needed by must be today or in the future"));
        }

        return errors;
    }

    private AssistanceRequest New(RequestForm form, RequestSource source, string regionCode, Guid? organisationId, string? organisationName, string byName)
    {
        var now = time.GetUtcNow();
        var today = time.UkToday();
        var request = new AssistanceRequest
        {
            RegionCode = regionCode,
            Source = source,
            Category = form.Category!.Value,
            Urgency = form.Urgency!.Value,
            Title = form.Title!.Trim(),
            Details = form.Details!.Trim(),
            OrganisationId = organisationId,
            OrganisationName = organisationName,
            RequesterName = form.RequesterName!.Trim(),
            RequesterEmail = FormErrors.Trimmed(form.RequesterEmail),
            RequesterPhone = FormErrors.Trimmed(form.RequesterPhone),
            NeededBy = form.NeededBy,
            ReceivedAt = now,
            ReceivedOn = today,
            TriageBy = RequestServiceLevels.TriageBy(today, form.Urgency.Value),
            CompleteBy = RequestServiceLevels.CompleteBy(today, form.Urgency.Value, form.NeededBy),
            Status = RequestStatus.New,
            CreatedByName = byName,
        };
        // The reference is what people quote on the phone: the year and the id's random tail, never a guessable sequence.
        request.Reference = $"RFA-{today.Year}-{request.Id.ToString("N")[^6..].ToUpperInvariant()}";
        request.SearchText = SearchTextOf(request);
        request.RefreshDueOn();
        return request;
    }

    internal static string SearchTextOf(AssistanceRequest r) =>
        string.Join(' ', r.Reference, r.Title, r.OrganisationName, r.RequesterName).ToLowerInvariant();
}

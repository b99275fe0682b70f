using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Requests;

/// <summary>A supervisor's decision on a new request: accept it (to an officer or a team), decline it with a reason, or redirect it.</summary>
public sealed class RequestTriage(ProtectHubDbContext db, TimeProvider time, RequestEmails emails)
{
    private static readonly Role[] WorkingRoles = [Role.Officer, Role.Supervisor, Role.Coordinator, Role.HeadOfUnit];

    /// <summary>The region's officers who can take a request: active, in a working role, with vetting that has not expired.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AssignableOfficersAsync()
    {
        var today = time.UkToday();
        return (await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.VettingExpiresOn != null && u.VettingExpiresOn >= today)
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Roles }).ToListAsync())
            .Where(u => u.Roles.Any(WorkingRoles.Contains)).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<FieldError>> AcceptAsync(AssistanceRequest request, Guid? officerId, Team? team, string byName)
    {
        if (request.Status != RequestStatus.New)
        {
            return [new("OfficerId", "This request has already been triaged")];
        }

        var (officerName, error) = await AssigneeAsync(officerId, team);
        if (error is not null)
        {
            return [error];
        }

        request.Status = RequestStatus.Accepted;
        request.AssignedOfficerId = officerId;
        request.AssignedOfficerName = officerName;
        request.AssignedTeam = team;
        await DecideAsync(request, byName);
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> DeclineAsync(AssistanceRequest request, string? reason, string byName)
    {
        var errors = new List<FieldError>();
        errors.RequireText(reason, "Reason", "The reason", "Enter why the request is declined (the requester is told)", TextLimits.Sentence);
        if (request.Status != RequestStatus.New)
        {
            errors.Add(new("Reason", "This request has already been triaged"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        request.Status = RequestStatus.Declined;
        request.TriageReason = reason!.Trim();
        await DecideAsync(request, byName);
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> RedirectAsync(AssistanceRequest request, string? redirectedTo, string? reason, string byName)
    {
        var errors = new List<FieldError>();
        errors.RequireText(redirectedTo, "RedirectedTo", "Who it went to", "Enter who the request was passed to, like the force's cyber crime unit", TextLimits.Line);
        errors.OptionalText(reason, "RedirectNote", "The note", TextLimits.Sentence);
        if (request.Status != RequestStatus.New)
        {
            errors.Add(new("RedirectedTo", "This request has already been triaged"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        request.Status = RequestStatus.Redirected;
        request.RedirectedTo = redirectedTo!.Trim();
        request.TriageReason = FormErrors.Trimmed(reason);
        await DecideAsync(request, byName);
        return [];
    }

    /// <summary>Puts an accepted request with another officer or team (a supervisor's reallocation).</summary>
    public async Task<IReadOnlyList<FieldError>> ReassignAsync(AssistanceRequest request, Guid? officerId, Team? team)
    {
        if (request.Status != RequestStatus.Accepted)
        {
            return [new("OfficerId", "Only an accepted request can be reassigned")];
        }

        var (officerName, error) = await AssigneeAsync(officerId, team);
        if (error is not null)
        {
            return [error];
        }

        request.AssignedOfficerId = officerId;
        request.AssignedOfficerName = officerName;
        request.AssignedTeam = team;
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>The named officer's name (one who may take requests), or why the choice is refused; a team alone is enough.</summary>
    private async Task<(string? OfficerName, FieldError? Error)> AssigneeAsync(Guid? officerId, Team? team)
    {
        if (officerId is { } id)
        {
            var name = (await AssignableOfficersAsync()).FirstOrDefault(o => o.Id == id).Name;
            return name is null ? (null, new("OfficerId", "Select an officer of your region whose vetting is current")) : (name, null);
        }

        return team is null ? (null, new("OfficerId", "Select the officer or the team who will do it")) : (null, null);
    }

    private async Task DecideAsync(AssistanceRequest request, string byName)
    {
        request.TriagedAt = time.GetUtcNow();
        request.TriagedByName = byName;
        request.RefreshDueOn();
        await db.SaveChangesAsync();
        if (await emails.TellRequesterAsync(request))
        {
            db.Audit(Audit.AuditAction.Disclosed, request.AuditRecordType, request.AuditRecordId, request.RegionCode, $"Requester emailed: {request.LastEmailed}");
            await db.SaveChangesAsync();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Requests;

public sealed record RequestSearch(string? Text = null, RequestStatus? Status = null, bool OpenOnly = false, bool OverdueOnly = false, Guid? OfficerId = null, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>One row of the tasking board: an officer (or a team, when no officer is named) and their open requests.</summary>
public sealed record BoardRow(Guid? OfficerId, string Name, int New, int Accepted, int Overdue, int OldestDays);

public sealed record TaskingBoard(int New, int Accepted, int Overdue, int DoneThisQuarter, IReadOnlyList<BoardRow> Rows, IReadOnlyList<AssistanceRequest> AwaitingTriage);

/// <summary>Finding requests: the list with its filters, the supervisors' tasking board, and what is overdue.</summary>
public sealed class RequestList(ProtectHubDbContext db, TimeProvider time)
{
    // Lists read only what they show, never the requester's details: opening a list is not a read of personal data.
    private static IQueryable<AssistanceRequest> Summaries(IQueryable<AssistanceRequest> query) =>
        query.Select(r => new AssistanceRequest
        {
            Id = r.Id,
            RegionCode = r.RegionCode,
            Reference = r.Reference,
            Title = r.Title,
            Source = r.Source,
            Category = r.Category,
            Urgency = r.Urgency,
            OrganisationName = r.OrganisationName,
            ReceivedAt = r.ReceivedAt,
            ReceivedOn = r.ReceivedOn,
            TriageBy = r.TriageBy,
            CompleteBy = r.CompleteBy,
            Status = r.Status,
            AssignedOfficerId = r.AssignedOfficerId,
            AssignedOfficerName = r.AssignedOfficerName,
            AssignedTeam = r.AssignedTeam,
            EngagementId = r.EngagementId,
        });

    public async Task<(IReadOnlyList<AssistanceRequest> Items, int Total)> SearchAsync(RequestSearch search)
    {
        var today = time.UkToday();
        var query = db.Set<AssistanceRequest>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim().ToLowerInvariant();
            query = query.Where(r => r.SearchText.Contains(text));
        }

        if (search.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (search.OpenOnly)
        {
            query = query.Where(r => r.Status == RequestStatus.New || r.Status == RequestStatus.Accepted);
        }

        if (search.OverdueOnly)
        {
            query = Overdue(query, today);
        }

        if (search.OfficerId is { } officerId)
        {
            query = query.Where(r => r.AssignedOfficerId == officerId);
        }

        var total = await query.CountAsync();
        var items = await Summaries(query.OrderBy(r => r.Status == RequestStatus.New ? r.TriageBy : r.CompleteBy).ThenBy(r => r.Id))
            .Skip((Math.Max(1, search.Page) - 1) * RequestSearch.PageSize).Take(RequestSearch.PageSize).ToListAsync();
        return (items, total);
    }

    private static IQueryable<AssistanceRequest> Overdue(IQueryable<AssistanceRequest> query, DateOnly today) =>
        query.Where(r => (r.Status == RequestStatus.New && r.TriageBy < today) || (r.Status == RequestStatus.Accepted && r.CompleteBy < today));

    /// <summary>The officer's overdue requests, for their home page.</summary>
    public Task<List<AssistanceRequest>> OverdueForAsync(Guid officerId) =>
        Summaries(Overdue(db.Set<AssistanceRequest>().AsNoTracking(), time.UkToday()).Where(r => r.AssignedOfficerId == officerId).OrderBy(r => r.CompleteBy)).Take(20).ToListAsync();

    /// <summary>How many requests wait past their triage date: supervisors see it on their home page.</summary>
    public Task<int> AwaitingTriageOverdueAsync()
    {
        var today = time.UkToday();
        return db.Set<AssistanceRequest>().CountAsync(r => r.Status == RequestStatus.New && r.TriageBy < today);
    }

    /// <summary>Open requests by officer (or team) with counts and the age of the oldest, and what waits for triage.</summary>
    public async Task<TaskingBoard> BoardAsync()
    {
        var today = time.UkToday();
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var open = await db.Set<AssistanceRequest>().AsNoTracking()
            .Where(r => r.Status == RequestStatus.New || r.Status == RequestStatus.Accepted)
            .Select(r => new { r.Status, r.AssignedOfficerId, r.AssignedOfficerName, r.AssignedTeam, r.ReceivedOn, r.TriageBy, r.CompleteBy })
            .ToListAsync();
        var quarterStartUtc = UkTime.StartOfDay(quarterStart);
        var done = await db.Set<AssistanceRequest>().CountAsync(r => r.Status == RequestStatus.Done && r.DoneAt >= quarterStartUtc);
        bool IsOverdue(RequestStatus s, DateOnly triageBy, DateOnly completeBy) =>
            (s == RequestStatus.New && today > triageBy) || (s == RequestStatus.Accepted && today > completeBy);
        var rows = open.Where(r => r.Status == RequestStatus.Accepted)
            .GroupBy(r => (r.AssignedOfficerId, Name: r.AssignedOfficerName ?? (r.AssignedTeam is { } t ? DisplayNames.Of(t) + " (team)" : "Unassigned")))
            .Select(g => new BoardRow(g.Key.AssignedOfficerId, g.Key.Name, 0, g.Count(), g.Count(r => IsOverdue(r.Status, r.TriageBy, r.CompleteBy)), g.Max(r => today.DayNumber - r.ReceivedOn.DayNumber)))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var awaiting = await Summaries(db.Set<AssistanceRequest>().AsNoTracking().Where(r => r.Status == RequestStatus.New).OrderBy(r => r.TriageBy).ThenBy(r => r.Id)).Take(50).ToListAsync();
        return new TaskingBoard(open.Count(r => r.Status == RequestStatus.New), open.Count(r => r.Status == RequestStatus.Accepted),
            open.Count(r => IsOverdue(r.Status, r.TriageBy, r.CompleteBy)), done, rows, awaiting);
    }
}

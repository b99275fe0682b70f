using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
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
public sealed class RequestList(ProtectHubDbContext db, TimeProvider time, SharedFigures shared)
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
        var query = Filtered(search, today);
        // The total is shared by everyone in the region with the same filters until a request changes (paging through a
        // list, or a team opening the same list, counts once).
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Requests, $"request-total:{today:yyyy-MM-dd}:{search with { Page = 1 }}",
            sp => sp.GetRequiredService<RequestList>().CountAsync(search));
        // Open ones by the date they wait for (DueOn, indexed); closed ones newest first (indexed by status).
        var ordered = search.OpenOnly || search.OverdueOnly || search.Status is RequestStatus.New or RequestStatus.Accepted
            ? query.OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            : query.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id);
        var items = await Summaries(ordered)
            .Skip((Math.Max(1, search.Page) - 1) * RequestSearch.PageSize).Take(RequestSearch.PageSize).ToListAsync();
        return (items, total);
    }

    private Task<int> CountAsync(RequestSearch search) => Filtered(search, time.UkToday()).CountAsync();

    private IQueryable<AssistanceRequest> Filtered(RequestSearch search, DateOnly today)
    {
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
            query = query.Where(r => r.DueOn != null);
        }

        if (search.OverdueOnly)
        {
            query = Overdue(query, today);
        }

        if (search.OfficerId is { } officerId)
        {
            query = query.Where(r => r.AssignedOfficerId == officerId);
        }

        return query;
    }

    private static IQueryable<AssistanceRequest> Overdue(IQueryable<AssistanceRequest> query, DateOnly today) =>
        query.Where(r => r.DueOn < today);

    /// <summary>The officer's overdue requests, for their home page.</summary>
    public Task<List<AssistanceRequest>> OverdueForAsync(Guid officerId) =>
        Summaries(Overdue(db.Set<AssistanceRequest>().AsNoTracking(), time.UkToday()).Where(r => r.AssignedOfficerId == officerId).OrderBy(r => r.DueOn)).Take(20).ToListAsync();

    /// <summary>How many requests wait past their triage date: supervisors see it on their home page.</summary>
    public Task<int> AwaitingTriageOverdueAsync()
    {
        var today = time.UkToday();
        return db.Set<AssistanceRequest>().CountAsync(r => r.Status == RequestStatus.New && r.DueOn < today);
    }

    /// <summary>Open requests by officer (or team) with counts and the age of the oldest, and what waits for triage: grouped by the database.</summary>
    public Task<TaskingBoard> BoardAsync() =>
        shared.UntilChangedAsync(db, ChangeCounter.Requests, $"tasking-board:{time.UkToday():yyyy-MM-dd}",
            sp => sp.GetRequiredService<RequestList>().CountBoardAsync());

    // Reading every open request of the region: shared between the region's supervisors until a request changes.
    private async Task<TaskingBoard> CountBoardAsync()
    {
        var today = time.UkToday();
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var open = db.Set<AssistanceRequest>().AsNoTracking().Where(r => r.DueOn != null);
        var byStatus = await open.GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Overdue = g.Count(r => r.DueOn < today) }).ToListAsync();
        var groups = await open.Where(r => r.Status == RequestStatus.Accepted)
            .GroupBy(r => new { r.AssignedOfficerId, r.AssignedOfficerName, r.AssignedTeam })
            .Select(g => new { g.Key.AssignedOfficerId, g.Key.AssignedOfficerName, g.Key.AssignedTeam, Count = g.Count(), Overdue = g.Count(r => r.DueOn < today), Oldest = g.Min(r => r.ReceivedOn) })
            .ToListAsync();
        var quarterStartUtc = UkTime.StartOfDay(quarterStart);
        var done = await db.Set<AssistanceRequest>().CountAsync(r => r.Status == RequestStatus.Done && r.DoneAt >= quarterStartUtc);
        var rows = groups
            .Select(g => new BoardRow(g.AssignedOfficerId, g.AssignedOfficerName ?? (g.AssignedTeam is { } t ? DisplayNames.Of(t) + " (team)" : "Unassigned"), 0, g.Count, g.Overdue, today.DayNumber - g.Oldest.DayNumber))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var awaiting = await Summaries(open.Where(r => r.Status == RequestStatus.New).OrderBy(r => r.DueOn).ThenBy(r => r.Id)).Take(50).ToListAsync();
        int Of(RequestStatus status) => byStatus.FirstOrDefault(s => s.Status == status)?.Count ?? 0;
        return new TaskingBoard(Of(RequestStatus.New), Of(RequestStatus.Accepted), byStatus.Sum(s => s.Overdue), done, rows, awaiting);
    }
}

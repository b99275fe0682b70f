using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

public sealed record PreventCaseSearch
{
    /// <summary>A status, or null for every open case.</summary>
    public PreventCaseStatus? Status { get; init; }

    public Guid? AssignedTo { get; init; }
    public bool UnassignedOnly { get; init; }
    public bool SafeguardingOnly { get; init; }

    /// <summary>A case reference, or part of the young person's name.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

/// <summary>The team's case list: open cases by default, newest first, with safeguarding and deconfliction shown.</summary>
public sealed class PreventCaseList(ProtectHubDbContext db)
{
    public async Task<(IReadOnlyList<PreventCase> Items, int Total)> SearchAsync(PreventCaseSearch search)
    {
        var query = db.Set<PreventCase>().AsNoTracking();
        query = search.Status is { } status ? query.Where(c => c.Status == status) : query.Where(c => c.Status != PreventCaseStatus.Closed);
        if (search.AssignedTo is { } officer)
        {
            query = query.Where(c => c.AssignedToId == officer);
        }
        else if (search.UnassignedOnly)
        {
            query = query.Where(c => c.AssignedToId == null);
        }

        if (search.SafeguardingOnly)
        {
            query = query.Where(c => c.SafeguardingRaisedAt != null);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            // A case reference is found by its unique index, whatever the status; a name within the list's status.
            var text = search.Text.Trim();
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            query = upper.StartsWith("PV-", StringComparison.Ordinal)
                ? db.Set<PreventCase>().AsNoTracking().Where(c => c.Reference == upper)
                : query.Where(c => (c.FirstName + " " + c.LastName).ToLower().Contains(lower));
        }

        var total = await query.CountUpToLimitAsync();
        // Only what the list shows. Projected rows are not seen by the read-audit interceptor, so the list's read of
        // each young person's name is recorded here, as the interceptor would.
        var items = await query.OrderByDescending(c => c.ReferredAt).ThenByDescending(c => c.Id)
            .Skip((Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize).Take(search.PageSize)
            .Select(c => new PreventCase
            {
                Id = c.Id,
                RegionCode = c.RegionCode,
                Reference = c.Reference,
                FirstName = c.FirstName,
                LastName = c.LastName,
                DateOfBirth = c.DateOfBirth,
                ForceCode = c.ForceCode,
                Behaviour = c.Behaviour,
                Status = c.Status,
                ReferredAt = c.ReferredAt,
                AssignedToName = c.AssignedToName,
                SafeguardingRaisedAt = c.SafeguardingRaisedAt,
                EarlierReferrals = c.EarlierReferrals,
                AnonymisedAt = c.AnonymisedAt,
            }).ToListAsync();
        db.ReadTracker.SawAll(items);

        return (items, total);
    }
}

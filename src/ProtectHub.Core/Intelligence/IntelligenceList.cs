using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Indicators;

namespace ProtectHub.Core.Intelligence;

public sealed record IntelligenceSearch
{
    public IntelligenceStatus? Status { get; init; }

    /// <summary>Reports naming this subject: an exact value, its start, a network in CIDR form, or a domain with its subdomains.</summary>
    public string? Subject { get; init; }

    /// <summary>A report reference (INT-...), whole or its start.</summary>
    public string? Reference { get; init; }

    public bool IncludeSuperseded { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record IntelligenceRow(Guid Id, string Reference, int Edition, string Title, IntelligenceStatus Status, SourceEvaluation? SourceEvaluation,
    IntelligenceAssessment? Assessment, HandlingCode? Handling, string CreatedByName, DateTimeOffset CreatedAt, bool Superseded);

/// <summary>The region's reports, newest first: by status, by reference, or by a subject they name.</summary>
public sealed class IntelligenceList(ProtectHubDbContext db)
{
    public async Task<(IReadOnlyList<IntelligenceRow> Items, int Total)> SearchAsync(IntelligenceSearch search)
    {
        var reports = db.Set<IntelligenceReport>().AsNoTracking();
        IQueryable<IntelligenceReport> query;
        if (!string.IsNullOrWhiteSpace(search.Reference))
        {
            var reference = search.Reference.Trim().ToUpperInvariant();
            query = reports.Where(r => r.Reference.StartsWith(reference));
        }
        else if (IndicatorQuery.For(search.Subject) is { } subject)
        {
            // The index of subjects gives the reports; the page then reads only those.
            var from = subject.From;
            var to = subject.To;
            var exactly = subject.AlsoExactly;
            var hits = db.Set<IntelligenceSubject>().Where(s => (string.Compare(s.Key, from) >= 0 && string.Compare(s.Key, to) <= 0) || s.Key == exactly)
                .Select(s => s.ReportId);
            query = reports.Where(r => hits.Contains(r.Id));
        }
        else
        {
            query = reports;
        }

        if (search.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (!search.IncludeSuperseded)
        {
            query = query.Where(r => r.SupersededById == null);
        }

        var total = await query.CountUpToLimitAsync();
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize).Take(search.PageSize)
            .Select(r => new IntelligenceRow(r.Id, r.Reference, r.Edition, r.Title, r.Status, r.SourceEvaluation, r.Assessment, r.Handling,
                r.CreatedByName, r.CreatedAt, r.SupersededById != null))
            .ToListAsync();
        // A list shows no personal data: reference, grading, status, the author, and a title refused if it looks like it
        // names anyone (IntelligenceDrafting). Opening a report, where the text and source are, is the audited read.
        return (rows, total);
    }
}

using Microsoft.AspNetCore.Mvc.Filters;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Audit;

/// <summary>
/// Records every personal record a page handler loaded as "Viewed", so no page has to remember to: one entry for a
/// record read on its own (a details page), and one entry per kind of record for a list, naming every record it showed
/// (audit search by record finds both). Listing 25 contacts thus writes one chained entry, not 25: the audit chain is
/// written one entry at a time, and per-row entries made busy list pages queue behind each other.
/// The entries go through a separate DbContext so that nothing the handler left unsaved is saved with them.
/// </summary>
public sealed class ReadAuditPageFilter(PersonalDataReadTracker tracker, IServiceScopeFactory scopes) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        tracker.IsTracking = context.HttpContext.User.Identity?.IsAuthenticated == true;
        try
        {
            await next();
        }
        finally
        {
            tracker.IsTracking = false;
        }

        var seen = tracker.Drain();
        if (seen.Count == 0)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var page = context.ActionDescriptor.DisplayName;
        foreach (var group in seen.GroupBy(s => (RecordType: s.Type, s.RegionCode)))
        {
            var ids = group.Select(s => s.Id).Distinct().ToList();
            if (ids.Count == 1)
            {
                db.Audit(AuditAction.Viewed, group.Key.RecordType, ids[0], group.Key.RegionCode, $"Page: {page}");
                continue;
            }

            // Details hold up to 4,000 characters: about 90 ids a entry, so a long export list takes several entries.
            foreach (var chunk in ids.Chunk(90))
            {
                db.Audit(AuditAction.Viewed, group.Key.RecordType, null, group.Key.RegionCode, $"Page: {page}; listed {chunk.Length}: {string.Join(' ', chunk)}");
            }
        }

        await db.SaveChangesAsync();
    }
}

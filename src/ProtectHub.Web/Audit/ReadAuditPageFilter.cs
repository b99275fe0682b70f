using Microsoft.AspNetCore.Mvc.Filters;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Audit;

/// <summary>
/// Records every personal record a page handler loaded as "Viewed", so no page has to remember to: one entry for a
/// record read on its own (a details page), and one entry per kind of record for a list, naming every record it showed
/// (audit search by record finds both). Listing 25 contacts thus writes one chained entry, not 25: the audit chain is
/// written one entry at a time, and per-row entries made busy list pages queue behind each other.
/// The entries go through <see cref="ReadAuditWriter"/> (its own DbContext, so nothing the handler left unsaved is saved
/// with them), which commits the entries of concurrent requests together. The handler's result is not sent before
/// every entry is committed, so nothing is shown that is not yet in the log.
/// </summary>
public sealed class ReadAuditPageFilter(PersonalDataReadTracker tracker, ProtectHubDbContext db, ReadAuditWriter writer) : IAsyncPageFilter
{
    private readonly List<Task> _writes = [];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        tracker.IsTracking = context.HttpContext.User.Identity?.IsAuthenticated == true;
        tracker.QueryRead = () => StartWritingSeen(context);
        try
        {
            await next();
        }
        catch
        {
            // Entries already on their way are still written (the records were read); their outcome is not this request's.
            _writes.ForEach(w => w.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted));
            throw;
        }
        finally
        {
            tracker.IsTracking = false;
            tracker.QueryRead = null;
        }

        StartWritingSeen(context);
        await Task.WhenAll(_writes);
    }

    /// <summary>
    /// Starts committing the entries of what was read so far, without waiting: when the record loader or a list's
    /// projection says its query is done (<see cref="PersonalDataReadTracker.QueryRead"/>), so the commit runs alongside
    /// the handler's later queries and not after them (a report page, whose record is read before its handler runs,
    /// waited 25 ms longer at p50 at 16 users), and once more when the handler is done.
    /// </summary>
    private void StartWritingSeen(FilterContext context)
    {
        var seen = tracker.Drain();
        if (seen.Count == 0)
        {
            return;
        }

        var actor = db.Scope;
        var page = context.ActionDescriptor.DisplayName;
        var entries = new List<ReadAuditWriter.Entry>();
        foreach (var group in seen.GroupBy(s => (RecordType: s.Type, s.RegionCode)))
        {
            var ids = group.Select(s => s.Id).Distinct().ToList();
            if (ids.Count == 1)
            {
                entries.Add(new(actor, group.Key.RecordType, ids[0], group.Key.RegionCode, $"Page: {page}"));
                continue;
            }

            // Details hold up to 4,000 characters: about 90 ids a entry, so a long export list takes several entries.
            entries.AddRange(ids.Chunk(90).Select(chunk =>
                new ReadAuditWriter.Entry(actor, group.Key.RecordType, null, group.Key.RegionCode, $"Page: {page}; listed {chunk.Length}: {string.Join(' ', chunk)}")));
        }

        _writes.Add(writer.WriteAsync(entries));
    }
}

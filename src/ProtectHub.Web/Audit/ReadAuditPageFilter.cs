using Microsoft.AspNetCore.Mvc.Filters;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Audit;

/// <summary>
/// Writes one "Viewed" audit entry for every personal record a page handler loaded, so no page has to remember to.
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
        foreach (var (type, id, region) in seen)
        {
            db.Audit(AuditAction.Viewed, type, id, region, $"Page: {page}");
        }

        await db.SaveChangesAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProtectHub.Core.Intelligence;

/// <summary>
/// Approved reports never change: whatever code path tries to alter the content of an approved (or disseminated)
/// report, or delete it, the save is refused. Only its progress may move on: disseminated, replaced by a correction.
/// </summary>
public sealed class ApprovedReportGuard : SaveChangesInterceptor
{
    private static readonly HashSet<string> MayChange =
    [
        nameof(IntelligenceReport.Status), nameof(IntelligenceReport.SupersededById), nameof(IntelligenceReport.UpdatedAt),
        nameof(IntelligenceReport.Version), nameof(IntelligenceReport.ChangedById), nameof(IntelligenceReport.ChangedAt),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<IntelligenceReport>() ?? [])
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var was = entry.Property(r => r.Status).OriginalValue;
            if (was is not (IntelligenceStatus.Approved or IntelligenceStatus.Disseminated))
            {
                continue;
            }

            if (entry.State == EntityState.Deleted || entry.Properties.Any(p => p.IsModified && !MayChange.Contains(p.Metadata.Name))
                || entry.Entity.Status is not (IntelligenceStatus.Approved or IntelligenceStatus.Disseminated))
            {
                throw new InvalidOperationException($"Intelligence report {entry.Entity.Reference} edition {entry.Entity.Edition} is approved and cannot be changed: correct it with a new edition.");
            }
        }
    }
}

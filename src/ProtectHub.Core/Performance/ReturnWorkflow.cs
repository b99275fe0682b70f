using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Performance;

/// <summary>
/// Quarterly returns: drafting, review by a supervisor, approval by the head of unit, submission (which freezes the
/// figures), and comparison of a later draft with what was submitted. Who may take each step is checked here, from
/// the acting user's roles, so no page can skip it.
/// </summary>
public sealed class ReturnWorkflow(ProtectHubDbContext db, MetricEngine engine, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    /// <summary>A coordinator can do all a supervisor can (the README's role table), reviewing returns included.</summary>
    public static readonly Role[] Reviewers = [Role.Supervisor, Role.Coordinator, Role.HeadOfUnit];
    public static readonly Role[] Approvers = [Role.HeadOfUnit];

    public Task<List<PerformanceReturn>> ListAsync(CancellationToken ct = default) =>
        db.Set<PerformanceReturn>().AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter)
            .ThenBy(r => r.ForceCode).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);

    public Task<PerformanceReturn?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<PerformanceReturn>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>Starts a draft for a quarter that has begun, for the region or one of its forces.</summary>
    public async Task<(PerformanceReturn? Return, IReadOnlyList<FieldError> Errors)> CreateAsync(FinancialQuarter quarter, string? forceCode, CancellationToken ct = default)
    {
        var scope = db.Scope;
        var today = time.UkToday();
        if (quarter.FirstDay > today)
        {
            return (null, [new("Quarter", $"{quarter.Label} has not started yet")]);
        }

        if (forceCode is not null && !ProtectHub.Core.Regions.PoliceReferenceData.IsForceOf(forceCode, scope.RegionCode))
        {
            return (null, [new("ForceCode", "Choose a force area of your region, or the whole region")]);
        }

        var open = await db.Set<PerformanceReturn>().AnyAsync(r => r.Year == quarter.Year && r.Quarter == quarter.Quarter && r.ForceCode == forceCode
            && r.Status != ReturnStatus.Submitted, ct);
        if (open)
        {
            return (null, [new("Quarter", $"There is already a return in progress for {quarter.Label} for this area; carry on with that one")]);
        }

        var user = await db.ActorAsync(ct);
        var draft = new PerformanceReturn
        {
            RegionCode = scope.RegionCode,
            ForceCode = forceCode,
            Year = quarter.Year,
            Quarter = quarter.Quarter,
            Status = ReturnStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            CreatedById = user.Id,
            CreatedByName = user.Name,
        };
        db.Add(draft);
        db.Audit(AuditAction.AdministrativeChange, "PerformanceReturn", draft.Id.ToString(), draft.RegionCode, $"Draft started for {quarter.Code} {forceCode ?? "region"}");
        await db.SaveChangesAsync(ct);
        return (draft, []);
    }

    /// <summary>The figures of a return: frozen ones once submitted, otherwise worked out from the records now.</summary>
    public async Task<ReturnFigures> FiguresAsync(PerformanceReturn performanceReturn, CancellationToken ct = default) =>
        performanceReturn.SnapshotJson is { } json
            ? JsonSerializer.Deserialize<ReturnFigures>(json, Json)!
            : await engine.ComputeAsync(performanceReturn.RegionCode, MetricScope.For(performanceReturn.Period, performanceReturn.ForceCode), ct: ct);

    public async Task<IReadOnlyList<FieldError>> SaveNarrativeAsync(Guid id, string? highlights, string? risks, string? lessons, CancellationToken ct = default)
    {
        var item = await db.Set<PerformanceReturn>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (item is null || item.Status != ReturnStatus.Draft)
        {
            return [new("Highlights", "Only a draft's narrative can be changed; ask a supervisor to send it back to draft")];
        }

        var errors = new List<FieldError>();
        foreach (var (field, text) in new[] { ("Highlights", highlights), ("Risks", risks), ("Lessons", lessons) })
        {
            if (text?.Length > 8000)
            {
                errors.Add(new(field, $"{field} must be 8,000 characters or fewer"));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        (item.Highlights, item.Risks, item.Lessons) = (Clean(highlights), Clean(risks), Clean(lessons));
        db.Audit(AuditAction.AdministrativeChange, "PerformanceReturn", item.Id.ToString(), item.RegionCode, "Narrative changed");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Moves a return on one step. Returns a reason when the acting user may not, or the return is not at that step.</summary>
    public async Task<string?> AdvanceAsync(Guid id, ReturnStatus to, CancellationToken ct = default)
    {
        var item = await db.Set<PerformanceReturn>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return "There is no such return";
        }

        var (from, roles, step) = to switch
        {
            ReturnStatus.Reviewed => (ReturnStatus.Draft, Reviewers, "review"),
            ReturnStatus.Approved => (ReturnStatus.Reviewed, Approvers, "approve"),
            ReturnStatus.Submitted => (ReturnStatus.Approved, Approvers, "submit"),
            _ => throw new ArgumentOutOfRangeException(nameof(to)),
        };
        var user = await db.ActorAsync(ct);
        if (!roles.Any(user.Roles.Contains))
        {
            var names = roles.Select(r => DisplayNames.Of(r).ToLowerInvariant()).ToList();
            var who = names.Count == 1 ? names[0] : $"{string.Join(", ", names.SkipLast(1))} or {names[^1]}";
            return $"Only a {who} can {step} a return";
        }

        if (item.Status != from)
        {
            return $"This return is {item.Status.ToString().ToLowerInvariant()}; it must be {from.ToString().ToLowerInvariant()} to {step} it";
        }

        var now = time.GetUtcNow();
        switch (to)
        {
            case ReturnStatus.Reviewed:
                (item.ReviewedAt, item.ReviewedByName) = (now, user.Name);
                break;
            case ReturnStatus.Approved:
                (item.ApprovedAt, item.ApprovedByName) = (now, user.Name);
                break;
            case ReturnStatus.Submitted:
                var figures = await engine.ComputeAsync(item.RegionCode, MetricScope.For(item.Period, item.ForceCode), ct: ct);
                (item.SubmittedAt, item.SubmittedByName, item.CatalogueVersion) = (now, user.Name, figures.CatalogueVersion);
                item.SnapshotJson = JsonSerializer.Serialize(figures, Json);
                break;
        }

        item.Status = to;
        item.ReturnedReason = null;
        db.Audit(AuditAction.AdministrativeChange, "PerformanceReturn", item.Id.ToString(), item.RegionCode, $"Return {to.ToString().ToLowerInvariant()}");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Sends a reviewed or approved return back to draft, with the reason. A submitted return never goes back.</summary>
    public async Task<string?> SendBackAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        var item = await db.Set<PerformanceReturn>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return "There is no such return";
        }

        var user = await db.ActorAsync(ct);
        if (!Reviewers.Any(user.Roles.Contains))
        {
            return "Only a supervisor, coordinator or head of unit can send a return back to draft";
        }

        if (item.Status is not (ReturnStatus.Reviewed or ReturnStatus.Approved))
        {
            return item.Status == ReturnStatus.Submitted
                ? "A submitted return is final; start a new draft for the quarter to correct it"
                : "This return is already a draft";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Say why it is going back, so whoever picks it up knows what to change";
        }

        item.Status = ReturnStatus.Draft;
        (item.ReviewedAt, item.ReviewedByName, item.ApprovedAt, item.ApprovedByName) = (null, null, null, null);
        item.ReturnedReason = reason.Trim();
        db.Audit(AuditAction.AdministrativeChange, "PerformanceReturn", item.Id.ToString(), item.RegionCode, "Sent back to draft", reason.Trim());
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The latest submitted return for the same quarter and area, other than this one: what a new draft is compared with.</summary>
    public Task<PerformanceReturn?> PreviousSubmissionAsync(PerformanceReturn item, CancellationToken ct = default) =>
        db.Set<PerformanceReturn>().AsNoTracking()
            .Where(r => r.Id != item.Id && r.Year == item.Year && r.Quarter == item.Quarter && r.ForceCode == item.ForceCode && r.Status == ReturnStatus.Submitted)
            .OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(ct);

    /// <summary>Every figure (total or breakdown row) that differs between two sets of figures.</summary>
    public static IReadOnlyList<FigureChange> Compare(ReturnFigures before, ReturnFigures after)
    {
        var changes = new List<FigureChange>();
        foreach (var key in before.Metrics.Select(m => m.Key).Union(after.Metrics.Select(m => m.Key)))
        {
            var (old, now) = (before.Metric(key), after.Metric(key));
            var name = (now ?? old)!.Name;
            if (old?.Total.Value != now?.Total.Value)
            {
                changes.Add(new FigureChange(key, name, null, null, old?.Total.Value, now?.Total.Value));
            }

            foreach (var field in (old?.Breakdowns ?? []).Select(b => b.Field).Union((now?.Breakdowns ?? []).Select(b => b.Field)))
            {
                var oldRows = old?.Breakdowns.FirstOrDefault(b => b.Field == field)?.Rows ?? [];
                var newRows = now?.Breakdowns.FirstOrDefault(b => b.Field == field)?.Rows ?? [];
                foreach (var rowKey in oldRows.Select(r => r.Key).Union(newRows.Select(r => r.Key)))
                {
                    var (o, n) = (oldRows.FirstOrDefault(r => r.Key == rowKey), newRows.FirstOrDefault(r => r.Key == rowKey));
                    if (o?.Value.Value != n?.Value.Value)
                    {
                        var breakdown = (now?.Breakdowns ?? old!.Breakdowns).First(b => b.Field == field).Label;
                        changes.Add(new FigureChange(key, name, breakdown, (n ?? o)!.Label, o?.Value.Value, n?.Value.Value));
                    }
                }
            }
        }

        return changes;
    }

    /// <summary>Records that a return's figures left ProtectHub as a file.</summary>
    public async Task RecordExportAsync(PerformanceReturn item, string format, CancellationToken ct = default)
    {
        db.Audit(AuditAction.Disclosed, "PerformanceReturn", item.Id.ToString(), item.RegionCode, $"Return {item.Period.Code} {item.ForceCode ?? "region"} exported as {format}");
        await db.SaveChangesAsync(ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One figure that is not what was submitted: a total (no breakdown) or one row of a breakdown.</summary>
public sealed record FigureChange(string MetricKey, string MetricName, string? Breakdown, string? Row, double? Submitted, double? Now);

using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Performance;

/// <summary>Red, amber or green, or grey while there is nothing to measure yet.</summary>
public enum Rag
{
    Red,
    Amber,
    Green,
    NoData,
}

/// <summary>A target's progress: the figure so far, what it should be by now, the status and the rule that gave it.</summary>
public sealed record TargetProgress(PlanTarget Target, string MetricName, string Unit, double? Actual, double Expected, Rag Status, string Rule);

/// <summary>
/// Delivery plans: writing them (supervisors, coordinators and heads of unit) and their progress, computed from the
/// catalogue over the plan year so far.
/// </summary>
public sealed class DeliveryPlans(ProtectHubDbContext db, MetricCatalogue catalogue, MetricEngine engine, TimeProvider time)
{
    public static readonly Role[] Editors = [Role.Supervisor, Role.Coordinator, Role.HeadOfUnit];

    /// <summary>Within this share of a level target (a mean, a percentage) it is amber rather than red.</summary>
    public const double LevelTolerance = 0.10;

    /// <summary>From this share of the pro-rata figure, a running total is amber rather than red.</summary>
    public const double AmberFrom = 0.80;

    public Task<List<DeliveryPlan>> ListAsync(CancellationToken ct = default) =>
        db.Set<DeliveryPlan>().AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Title).ToListAsync(ct);

    public Task<DeliveryPlan?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<DeliveryPlan>().AsNoTracking().Include(p => p.Objectives).ThenInclude(o => o.Targets).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<(DeliveryPlan? Plan, IReadOnlyList<FieldError> Errors)> CreateAsync(int year, string? title, CancellationToken ct = default)
    {
        var (errors, user) = await EditorAsync("Title", ct);
        if (year is < 2020 or > 2100)
        {
            errors.Add(new("Year", "Enter the year the financial year starts in, like 2026"));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new("Title", "Enter a title for the plan"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var plan = new DeliveryPlan { RegionCode = db.Scope.RegionCode, Year = year, Title = title!.Trim(), CreatedAt = time.GetUtcNow(), CreatedByName = user.Name };
        db.Add(plan);
        db.Audit(AuditAction.AdministrativeChange, "DeliveryPlan", plan.Id.ToString(), plan.RegionCode, $"Plan {year} started");
        await db.SaveChangesAsync(ct);
        return (plan, []);
    }

    public async Task<IReadOnlyList<FieldError>> AddObjectiveAsync(Guid planId, PlanStrand? strand, string? text, string? owner, CancellationToken ct = default)
    {
        var (errors, _) = await EditorAsync("ObjectiveText", ct);
        var plan = await db.Set<DeliveryPlan>().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (strand is null)
        {
            errors.Add(new("Strand", "Choose the strand"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new("ObjectiveText", "Enter the objective"));
        }

        if (plan is null || errors.Count > 0)
        {
            return plan is null ? [new("ObjectiveText", "There is no such plan")] : errors;
        }

        db.Add(new PlanObjective { PlanId = plan.Id, Strand = strand!.Value, Text = text!.Trim(), OwnerName = owner?.Trim() ?? "" });
        db.Audit(AuditAction.AdministrativeChange, "DeliveryPlan", plan.Id.ToString(), plan.RegionCode, $"Objective added: {text!.Trim()}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> AddTargetAsync(Guid objectiveId, PlanTarget target, CancellationToken ct = default)
    {
        var (errors, _) = await EditorAsync("Description", ct);
        // The objective's plan goes through the region filter: an objective of another region is "no such objective".
        var objective = await db.Set<PlanObjective>().FirstOrDefaultAsync(o => o.Id == objectiveId && db.Set<DeliveryPlan>().Any(p => p.Id == o.PlanId), ct);
        var metric = (await catalogue.CurrentAsync(ct)).FirstOrDefault(m => m.Key == target.MetricKey);
        if (objective is null)
        {
            errors.Add(new("MetricKey", "There is no such objective"));
        }

        if (metric is null)
        {
            errors.Add(new("MetricKey", "Choose a metric from the catalogue"));
        }
        else if (target.BreakdownField is { } field)
        {
            var source = MetricSources.Of(metric.Source);
            if (source.Field(field) is not { Kind: MetricFieldKind.Category })
            {
                errors.Add(new("BreakdownField", $"{field} is not a category of {source.Label.ToLowerInvariant()}"));
            }
            else if (!source.Accepts(field, target.BreakdownValue ?? ""))
            {
                errors.Add(new("BreakdownValue", $"{field} cannot be \"{target.BreakdownValue}\"{(source.Choices(field) is { } c ? $"; it is one of {string.Join(", ", c)}" : "")}"));
            }
        }

        if (target.ForceCode is { } force && !ProtectHub.Core.Regions.PoliceReferenceData.IsForceOf(force, db.Scope.RegionCode))
        {
            errors.Add(new("ForceCode", "Choose a force area of your region, or the whole region"));
        }

        if (double.IsNaN(target.TargetValue) || target.TargetValue < 0)
        {
            errors.Add(new("TargetValue", "Enter the target as a number, 0 or more"));
        }

        if (string.IsNullOrWhiteSpace(target.Description))
        {
            errors.Add(new("Description", "Describe the target, like \"Engage 400 SMEs in Lincolnshire\""));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        target.ObjectiveId = objective!.Id;
        target.Description = target.Description.Trim();
        db.Add(target);
        db.Audit(AuditAction.AdministrativeChange, "DeliveryPlan", objective.PlanId.ToString(), db.Scope.RegionCode, $"Target added: {target.Description}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Each target's progress over the plan year so far.</summary>
    public async Task<IReadOnlyList<TargetProgress>> ProgressAsync(DeliveryPlan plan, CancellationToken ct = default)
    {
        var today = time.UkToday();
        var lastDay = today < plan.LastDay ? today : plan.LastDay;
        var elapsed = today < plan.FirstDay ? 0 : (double)(lastDay.DayNumber - plan.FirstDay.DayNumber + 1) / (plan.LastDay.DayNumber - plan.FirstDay.DayNumber + 1);
        var metrics = (await catalogue.CurrentAsync(ct)).ToDictionary(m => m.Key);
        var targets = plan.Objectives.SelectMany(o => o.Targets).ToList();
        var figures = new Dictionary<string, ReturnFigures>();
        foreach (var force in targets.Select(t => t.ForceCode).Distinct())
        {
            var needed = targets.Where(t => t.ForceCode == force).Select(t => metrics.GetValueOrDefault(t.MetricKey)).OfType<MetricDefinition>().DistinctBy(m => m.Key).ToList();
            if (needed.Count > 0 && elapsed > 0)
            {
                figures[force ?? ""] = await engine.ComputeAsync(plan.RegionCode, new MetricScope(plan.FirstDay, lastDay, force), needed, ct);
            }
        }

        return targets.Select(t =>
        {
            var metric = metrics.GetValueOrDefault(t.MetricKey);
            var figure = figures.GetValueOrDefault(t.ForceCode ?? "")?.Metric(t.MetricKey);
            var actual = figure is null ? null
                : t.BreakdownField is null ? figure.Total.Value
                : figure.Breakdowns.FirstOrDefault(b => b.Field == t.BreakdownField)?.Rows.FirstOrDefault(r => r.Key == t.BreakdownValue)?.Value.Value
                    ?? (metric?.Measure is MetricMeasure.Count or MetricMeasure.Sum ? 0 : null);
            return Assess(t, metric, actual, elapsed);
        }).ToList();
    }

    /// <summary>
    /// The RAG rule. Running totals (counts and sums) are judged against the share of the target for the part of the
    /// year gone; levels (means, medians, percentages) against the target itself.
    /// </summary>
    public static TargetProgress Assess(PlanTarget target, MetricDefinition? metric, double? actual, double elapsed)
    {
        if (metric is null)
        {
            return new(target, target.MetricKey, "", null, target.TargetValue, Rag.NoData, "The metric has been withdrawn from the catalogue");
        }

        var running = metric.Measure is MetricMeasure.Count or MetricMeasure.Sum;
        var expected = running ? Math.Round(target.TargetValue * elapsed, 1) : target.TargetValue;
        if (actual is null)
        {
            return new(target, metric.Name, metric.Unit, null, expected, Rag.NoData, "No figure yet for the year so far");
        }

        Rag status;
        string rule;
        if (running)
        {
            var share = $"{Percent(elapsed)} of the year has gone, so the pro-rata figure is {Number(expected)}";
            (status, rule) = target.LowerIsBetter
                ? (actual <= expected ? Rag.Green : actual <= expected / AmberFrom ? Rag.Amber : Rag.Red,
                    $"{share}; green at or below it, amber up to a quarter above, red beyond")
                : (actual >= expected ? Rag.Green : actual >= expected * AmberFrom ? Rag.Amber : Rag.Red,
                    $"{share}; green at or above it, amber from {Percent(AmberFrom)} of it, red below");
        }
        else
        {
            (status, rule) = target.LowerIsBetter
                ? (actual <= expected ? Rag.Green : actual <= expected * (1 + LevelTolerance) ? Rag.Amber : Rag.Red,
                    $"Green at or below {Number(expected)}, amber within {Percent(LevelTolerance)} above it, red beyond")
                : (actual >= expected ? Rag.Green : actual >= expected * (1 - LevelTolerance) ? Rag.Amber : Rag.Red,
                    $"Green at or above {Number(expected)}, amber within {Percent(LevelTolerance)} below it, red below that");
        }

        return new(target, metric.Name, metric.Unit, actual, expected, status, rule);
    }

    private static string Percent(double share) => Math.Round(share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<bool> RemoveTargetAsync(Guid targetId, CancellationToken ct = default)
    {
        var (errors, _) = await EditorAsync("Description", ct);
        var target = await db.Set<PlanTarget>()
            .FirstOrDefaultAsync(t => t.Id == targetId && db.Set<PlanObjective>().Any(o => o.Id == t.ObjectiveId && db.Set<DeliveryPlan>().Any(p => p.Id == o.PlanId)), ct);
        if (errors.Count > 0 || target is null)
        {
            return false;
        }

        db.Remove(target);
        db.Audit(AuditAction.AdministrativeChange, "DeliveryPlan", null, db.Scope.RegionCode, $"Target removed: {target.Description}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The acting user, and a refusal (on the form field given) unless they may change plans.</summary>
    private async Task<(List<FieldError> Errors, (Guid Id, string Name, List<Role> Roles) User)> EditorAsync(string field, CancellationToken ct)
    {
        var user = await db.ActorAsync(ct);
        return (Editors.Any(user.Roles.Contains) ? [] : [new(field, "Only supervisors, coordinators and heads of unit can change delivery plans")], user);
    }
}

using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Performance;

/// <summary>
/// The versioned catalogue of metric definitions shared by every region (so that returns add up nationally).
/// Coordinators extend and change it; each change makes a new catalogue version.
/// </summary>
public sealed class MetricCatalogue(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>The definitions in force now, in return order. The starter catalogue is written on first use.</summary>
    public async Task<IReadOnlyList<MetricDefinition>> CurrentAsync(CancellationToken ct = default)
    {
        await EnsureStarterAsync(ct);
        return await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.RetiredInVersion == null)
            .OrderBy(m => m.Order).ThenBy(m => m.Name).ToListAsync(ct);
    }

    public async Task<int> VersionAsync(CancellationToken ct = default)
    {
        await EnsureStarterAsync(ct);
        var introduced = await db.Set<MetricDefinition>().MaxAsync(m => (int?)m.Version, ct) ?? 0;
        var retired = await db.Set<MetricDefinition>().MaxAsync(m => m.RetiredInVersion, ct) ?? 0;
        return Math.Max(introduced, retired);
    }

    /// <summary>Every version of one metric, newest first.</summary>
    public Task<List<MetricDefinition>> HistoryAsync(string key, CancellationToken ct = default) =>
        db.Set<MetricDefinition>().AsNoTracking().Where(m => m.Key == key).OrderByDescending(m => m.Version).ToListAsync(ct);

    /// <summary>Everything wrong with a definition, by form field, so the coordinator can fix it in one go.</summary>
    public static IReadOnlyList<FieldError> Validate(MetricDefinition metric)
    {
        var errors = new List<FieldError>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(metric.Key, "^[a-z0-9]+(-[a-z0-9]+)*$"))
        {
            errors.Add(new("Key", "Enter a key of lower-case letters, digits and hyphens, like people-reached"));
        }

        if (string.IsNullOrWhiteSpace(metric.Name))
        {
            errors.Add(new("Name", "Enter the metric's name"));
        }

        if (string.IsNullOrWhiteSpace(metric.Definition))
        {
            errors.Add(new("Definition", "Say in plain English what the metric counts"));
        }

        if (string.IsNullOrWhiteSpace(metric.Unit))
        {
            errors.Add(new("Unit", "Enter the unit, like engagements, people or %"));
        }

        var source = MetricSources.Of(metric.Source);
        if (metric.Measure is MetricMeasure.Sum or MetricMeasure.Mean or MetricMeasure.Median)
        {
            var field = metric.ValueField is null ? null : source.Field(metric.ValueField);
            if (field is not { Kind: MetricFieldKind.Number })
            {
                errors.Add(new("ValueField", $"Choose the number to {(metric.Measure == MetricMeasure.Sum ? "add up" : "average")}: one of {Names(source, MetricFieldKind.Number)}"));
            }
            else if (metric.Measure == MetricMeasure.Median && !field.HasMedian)
            {
                errors.Add(new("ValueField", $"{field.Label} has no median; choose one of {string.Join(", ", source.Fields.Where(f => f.HasMedian).Select(f => f.Name))}"));
            }
        }

        errors.AddRange(ConditionErrors(source, metric.Conditions, "Conditions"));
        errors.AddRange(ConditionErrors(source, metric.ShareConditions, "ShareConditions"));
        if (metric.Measure == MetricMeasure.Share && metric.ShareConditions.Count == 0)
        {
            errors.Add(new("ShareConditions", "A share needs the conditions for the part counted in the percentage"));
        }

        foreach (var breakdown in metric.Breakdowns.Where(b => source.Field(b) is not { Kind: MetricFieldKind.Category }))
        {
            errors.Add(new("Breakdowns", $"{breakdown} is not a category of {source.Label.ToLowerInvariant()}; choose from {Names(source, MetricFieldKind.Category)}"));
        }

        return errors;
    }

    private static IEnumerable<FieldError> ConditionErrors(MetricSourceDefinition source, IEnumerable<MetricCondition> conditions, string formField)
    {
        foreach (var condition in conditions)
        {
            if (source.Field(condition.Field) is not { Kind: MetricFieldKind.Category })
            {
                yield return new(formField, $"\"{condition.Field}\" is not a category of {source.Label.ToLowerInvariant()}; use one of {Names(source, MetricFieldKind.Category)}");
                continue;
            }

            foreach (var value in condition.Values.Where(v => !source.Accepts(condition.Field, v)))
            {
                var choices = source.Choices(condition.Field);
                yield return new(formField, $"{condition.Field} cannot be \"{value}\"{(choices is null ? "" : $"; it is one of {string.Join(", ", choices)}")}");
            }
        }
    }

    private static string Names(MetricSourceDefinition source, MetricFieldKind kind) =>
        string.Join(", ", source.Fields.Where(f => f.Kind == kind).Select(f => f.Name));

    /// <summary>
    /// Reads conditions as coordinators write them, one a line: <c>Status = Delivered, Reviewed</c>. "(none)" stands
    /// for an empty value. Returns null and an error naming the line when one cannot be read.
    /// </summary>
    public static (List<MetricCondition>? Conditions, string? Error) ParseConditions(string? text)
    {
        var list = new List<MetricCondition>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return (null, $"Line {i + 1} (\"{lines[i]}\") is not in the form Field = Value, Value");
            }

            var values = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => v == "(none)" ? "" : v).ToList();
            list.Add(new MetricCondition(parts[0], values));
        }

        return (list, null);
    }

    /// <summary>
    /// Adds a metric or replaces the current definition with the same key, as the next catalogue version.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(MetricDefinition metric, CancellationToken ct = default)
    {
        var errors = Validate(metric);
        if (errors.Count > 0)
        {
            return errors;
        }

        var version = await VersionAsync(ct) + 1;
        var current = await db.Set<MetricDefinition>().SingleOrDefaultAsync(m => m.Key == metric.Key && m.RetiredInVersion == null, ct);
        if (current is not null)
        {
            current.RetiredInVersion = version;
        }

        var maxOrder = await db.Set<MetricDefinition>().MaxAsync(m => (int?)m.Order, ct) ?? 0;
        db.Add(new MetricDefinition
        {
            Key = metric.Key,
            Version = version,
            Name = metric.Name.Trim(),
            Definition = metric.Definition.Trim(),
            Unit = metric.Unit.Trim(),
            Source = metric.Source,
            Measure = metric.Measure,
            ValueField = metric.Measure is MetricMeasure.Count or MetricMeasure.Share ? null : metric.ValueField,
            Conditions = metric.Conditions,
            ShareConditions = metric.Measure == MetricMeasure.Share ? metric.ShareConditions : [],
            Breakdowns = metric.Breakdowns.Distinct().ToList(),
            Order = current?.Order ?? maxOrder + 10,
            ChangedAt = time.GetUtcNow(),
            ChangedBy = db.Scope.ActorName,
        });
        db.Audit(AuditAction.AdministrativeChange, "MetricDefinition", metric.Key, details: $"{(current is null ? "Added" : "Changed")} in catalogue version {version}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Withdraws a metric from the catalogue (as a new version); returns already made keep it.</summary>
    public async Task<bool> RetireAsync(string key, CancellationToken ct = default)
    {
        var current = await db.Set<MetricDefinition>().SingleOrDefaultAsync(m => m.Key == key && m.RetiredInVersion == null, ct);
        if (current is null)
        {
            return false;
        }

        current.RetiredInVersion = await VersionAsync(ct) + 1;
        db.Audit(AuditAction.AdministrativeChange, "MetricDefinition", key, details: $"Withdrawn in catalogue version {current.RetiredInVersion}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task EnsureStarterAsync(CancellationToken ct)
    {
        if (await db.Set<MetricDefinition>().AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var order = 0;
        foreach (var metric in StarterCatalogue.Metrics)
        {
            metric.Version = 1;
            metric.Order = order += 10;
            metric.ChangedAt = now;
            metric.ChangedBy = "ProtectHub starter catalogue";
            db.Add(metric);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request wrote the starter catalogue first (the unique key and version index); use theirs.
            db.ChangeTracker.Clear();
        }
    }
}

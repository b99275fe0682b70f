using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// Turns catalogue definitions into figures. Each source a return needs is read once, grouped by all its categories
/// in the database; every metric, breakdown and total is then worked out from those groups in memory. That keeps a
/// quarterly return to a handful of queries however many metrics the catalogue grows to.
/// </summary>
public sealed class MetricEngine(ProtectHubDbContext db, MetricCatalogue catalogue, TimeProvider time)
{
    public async Task<ReturnFigures> ComputeAsync(string regionCode, MetricScope scope, IReadOnlyList<MetricDefinition>? metrics = null, CancellationToken ct = default)
    {
        metrics ??= await catalogue.CurrentAsync(ct);
        var version = await catalogue.VersionAsync(ct);
        var groups = new Dictionary<MetricSource, IReadOnlyList<FactGroup>>();
        foreach (var source in metrics.Select(m => m.Source).Distinct())
        {
            groups[source] = await MetricSources.Of(source).GroupsAsync(db, scope, ct);
        }

        var labels = await MetricLabels.LoadAsync(db, ct);
        // Every force of the region has a row in a by-force breakdown, a force with nothing included (as a zero):
        // a force that vanished from a comparison would read as one not covered at all.
        var forces = scope.ForceCode is null ? Regions.PoliceReferenceData.ForcesOf(regionCode).Select(f => f.Code).ToList() : [];
        var figures = metrics.Select(m => Evaluate(m, groups[m.Source], labels, forces)).ToList();
        return new ReturnFigures(version, regionCode, scope.ForceCode, scope.FirstDay, scope.LastDay, time.GetUtcNow(), figures);
    }

    public static MetricFigure Evaluate(MetricDefinition metric, IReadOnlyList<FactGroup> groups, MetricLabels labels, IReadOnlyList<string>? forces = null)
    {
        var source = MetricSources.Of(metric.Source);
        var matching = groups.Where(g => Meets(g, metric.Conditions)).ToList();
        // Figures about young people (the Prevent sources) hide small numbers wherever they are shown or exported.
        FigureValue Figure(IReadOnlyList<FactGroup> of) => source.SuppressSmallNumbers ? Measure(metric, of).SuppressedIfSmall(metric.Measure) : Measure(metric, of);
        var breakdowns = metric.Breakdowns.Select(field => new Breakdown(field, source.Field(field)?.Label ?? field,
                matching.GroupBy(g => g.Key(field))
                    .Select(g => new BreakdownRow(g.Key, labels.Of(field, g.Key), Figure(g.ToList())))
                    .Concat(field == "Force" && forces is not null
                        ? forces.Where(f => !matching.Any(g => g.Key(field) == f)).Select(f => new BreakdownRow(f, labels.Of(field, f), Figure([])))
                        : [])
                    .OrderBy(r => r.Label, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
        return new MetricFigure(metric.Key, metric.Name, metric.Definition, metric.Unit, metric.Measure, metric.Source, Figure(matching), breakdowns);
    }

    private static bool Meets(FactGroup group, IEnumerable<MetricCondition> conditions) =>
        conditions.All(c => c.Values.Contains(group.Key(c.Field), StringComparer.Ordinal));

    private static FigureValue Measure(MetricDefinition metric, IReadOnlyList<FactGroup> groups)
    {
        var records = groups.Sum(g => g.Count);
        switch (metric.Measure)
        {
            case MetricMeasure.Count:
                return new FigureValue(records, records, 1, records);
            case MetricMeasure.Sum:
                {
                    var sum = groups.Sum(g => g.Numbers.GetValueOrDefault(metric.ValueField!).Sum);
                    return new FigureValue(Math.Round(sum, 2), sum, 1, records);
                }

            case MetricMeasure.Mean:
                {
                    var sum = groups.Sum(g => g.Numbers.GetValueOrDefault(metric.ValueField!).Sum);
                    var count = groups.Sum(g => g.Numbers.GetValueOrDefault(metric.ValueField!).Count);
                    return new FigureValue(count == 0 ? null : Math.Round(sum / count, 2), sum, count, records);
                }

            case MetricMeasure.Share:
                {
                    var part = groups.Where(g => Meets(g, metric.ShareConditions)).Sum(g => g.Count);
                    return new FigureValue(records == 0 ? null : Math.Round(100.0 * part / records, 1), part, records, records);
                }

            case MetricMeasure.Median:
                {
                    var values = groups.Where(g => g.Key(metric.ValueField!).Length > 0)
                        .Select(g => (Value: int.Parse(g.Key(metric.ValueField!), System.Globalization.CultureInfo.InvariantCulture), g.Count))
                        .GroupBy(v => v.Value).Select(v => (Value: v.Key, Count: v.Sum(x => x.Count))).OrderBy(v => v.Value).ToList();
                    var count = values.Sum(v => v.Count);
                    return new FigureValue(count == 0 ? null : WeightedMedian(values, count), 0, count, records);
                }

            default:
                throw new InvalidOperationException($"Unknown measure {metric.Measure}.");
        }
    }

    /// <summary>The median of values given with their counts: the middle value, or the mean of the two middle ones.</summary>
    private static double WeightedMedian(IReadOnlyList<(int Value, long Count)> values, long count)
    {
        double At(long index)
        {
            foreach (var (value, n) in values)
            {
                if (index < n)
                {
                    return value;
                }

                index -= n;
            }

            return values[^1].Value;
        }

        return count % 2 == 1 ? At(count / 2) : (At(count / 2 - 1) + At(count / 2)) / 2;
    }

    /// <summary>The records behind a figure (or one breakdown row of it), for a drill-down; null if the metric is unknown.</summary>
    public IQueryable<Guid> RecordIds(MetricDefinition metric, MetricScope scope, string? field = null, string? value = null)
    {
        var conditions = metric.Conditions.ToList();
        if (field is not null)
        {
            conditions.Add(new MetricCondition(field, [value ?? ""]));
        }

        return MetricSources.Of(metric.Source).RecordIds(db, scope, conditions);
    }
}

/// <summary>The words people read for stored category values: force names, topic and advice names, enum names.</summary>
public sealed class MetricLabels(IReadOnlyDictionary<string, string> forces, IReadOnlyDictionary<string, string> named)
{
    public static async Task<MetricLabels> LoadAsync(ProtectHubDbContext db, CancellationToken ct)
    {
        var forces = ProtectHub.Core.Regions.PoliceReferenceData.ForceNames;
        var topics = await db.Set<Engagements.ManagedListItem>().AsNoTracking().Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var advice = await db.Set<AdviceItem>().AsNoTracking().Select(i => new { i.Id, i.Text }).ToListAsync(ct);
        var requirements = await db.Set<Intelligence.IntelligenceRequirement>().AsNoTracking().Select(r => new { r.Id, r.Code, r.Title }).ToListAsync(ct);
        var named = topics.Select(t => (t.Id, t.Name)).Concat(advice.Select(a => (a.Id, Name: a.Text)))
            .Concat(requirements.Select(r => (r.Id, Name: $"{r.Code}: {r.Title}")))
            .ToDictionary(x => x.Id.ToString(), x => x.Name);
        return new MetricLabels(forces, named);
    }

    public string Of(string field, string key) => key.Length == 0 ? "Not recorded" : field switch
    {
        "Force" => forces.GetValueOrDefault(key, key),
        "Topic" or "Item" or "Requirement" => named.GetValueOrDefault(key, "Unknown item"),
        "Sector" when key.Length == 1 && Partners.PartnerNames.SicSections.TryGetValue(key[0], out var sector) => $"{key}: {sector}",
        "Team" when Enum.TryParse<Access.Team>(key, out var team) => Access.DisplayNames.Of(team),
        "Offence" when Enum.TryParse<OffenceCategory>(key, out var offence) => VictimNames.Of(offence),
        "Closure" when Enum.TryParse<ReferralClosure>(key, out var closure) => VictimNames.Of(closure),
        "Kind" when Enum.TryParse<Engagements.EngagementKind>(key, out var kind) => Engagements.EngagementNames.Of(kind),
        "Kind" when Enum.TryParse<Partners.OrganisationKind>(key, out var organisationKind) => Partners.PartnerNames.Of(organisationKind),
        "Audience" when Enum.TryParse<Engagements.AudienceType>(key, out var audience) => Engagements.EngagementNames.Of(audience),
        "Size" when Enum.TryParse<Partners.SizeBand>(key, out var size) => Partners.PartnerNames.Of(size),
        "Membership" when Enum.TryParse<Partners.MembershipKind>(key, out var membership) => Partners.PartnerNames.Of(membership),
        "PreventSource" when Enum.TryParse<Prevent.PreventSource>(key, out var preventSource) => Prevent.PreventNames.Of(preventSource),
        "AgeBand" when Enum.TryParse<Prevent.AgeBand>(key, out var band) => Prevent.PreventNames.Of(band),
        "Behaviour" when Enum.TryParse<Prevent.ConcernBehaviour>(key, out var behaviour) => Prevent.PreventNames.Of(behaviour),
        "Level" when Enum.TryParse<Prevent.BehaviourLevel>(key, out var level) => Prevent.PreventNames.Of(level),
        "CaseStatus" when Enum.TryParse<Prevent.PreventCaseStatus>(key, out var caseStatus) => Prevent.PreventNames.Of(caseStatus),
        "Outcome" when Enum.TryParse<Prevent.PreventOutcome>(key, out var outcome) => Prevent.PreventNames.Of(outcome),
        "InterventionKind" when Enum.TryParse<Prevent.InterventionKind>(key, out var intervention) => Prevent.PreventNames.Of(intervention),
        "Response" when Enum.TryParse<Prevent.SubjectResponse>(key, out var response) => Prevent.PreventNames.Of(response),
        "SourceType" when Enum.TryParse<Intelligence.IntelligenceSourceType>(key, out var sourceType) => Intelligence.IntelligenceNames.Of(sourceType),
        "SourceEvaluation" when Enum.TryParse<Intelligence.SourceEvaluation>(key, out var evaluation) => Intelligence.IntelligenceNames.Of(evaluation),
        "Assessment" when Enum.TryParse<Intelligence.IntelligenceAssessment>(key, out var assessment) => Intelligence.IntelligenceNames.Of(assessment),
        "Handling" when Enum.TryParse<Intelligence.HandlingCode>(key, out var handling) => Intelligence.IntelligenceNames.Of(handling),
        _ => Words(key),
    };

    /// <summary>"InformationSharingCommunity" to "Information sharing community".</summary>
    public static string Words(string name) =>
        name.Length == 0 ? name : name[0] + System.Text.RegularExpressions.Regex.Replace(name[1..], "(?<=[a-z])([A-Z])", m => " " + char.ToLowerInvariant(m.Value[0]));
}

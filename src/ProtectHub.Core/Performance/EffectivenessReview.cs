using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// Is the work effective? Confidence uplift by topic and by audience; whether victims who were reached report again
/// less often than those who were not (within 6 and 12 months); and reach against the business population of each
/// force area by sector.
/// </summary>
public sealed class EffectivenessReview(ProtectHubDbContext db, TimeProvider time, IOptions<TabularFileLimits> limits)
{
    /// <summary>Who loads the business population: the region's coordinators.</summary>
    public static readonly Role[] PopulationLoaders = [Role.Coordinator];

    public sealed record Uplift(string Label, int Ratings, double? Before, double? After, Guid? TopicId = null)
    {
        public double? Change => Before is null || After is null ? null : Math.Round(After.Value - Before.Value, 2);
    }

    public sealed record ReReporting(string Group, int Victims, int Within6Months, int Within12Months)
    {
        public double? Share6 => Victims == 0 ? null : Math.Round(100.0 * Within6Months / Victims, 1);
        public double? Share12 => Victims == 0 ? null : Math.Round(100.0 * Within12Months / Victims, 1);
    }

    public sealed record Reach(string ForceCode, char Sector, int Engaged, int? Businesses)
    {
        public double? Share => Businesses is > 0 ? Math.Round(100.0 * Engaged / Businesses.Value, 2) : null;
    }

    /// <summary>Mean confidence before and after, by topic, over feedback on engagements in the period.</summary>
    public async Task<IReadOnlyList<Uplift>> UpliftByTopicAsync(MetricScope scope, CancellationToken ct = default)
    {
        var rows = await Ratings(scope, null).GroupBy(t => t.TopicId)
            .Select(g => new { g.Key, N = g.Count(), Before = g.Average(t => (double)t.Before), After = g.Average(t => (double)t.After) })
            .ToListAsync(ct);
        var names = await db.Set<ManagedListItem>().AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return rows.Select(r => new Uplift(names.GetValueOrDefault(r.Key, "Unknown topic"), r.N, Math.Round(r.Before, 2), Math.Round(r.After, 2), r.Key))
            .OrderByDescending(u => u.Change).ToList();
    }

    /// <summary>The same by audience type: an engagement for two audiences counts towards both.</summary>
    public async Task<IReadOnlyList<Uplift>> UpliftByAudienceAsync(MetricScope scope, CancellationToken ct = default)
    {
        var list = new List<Uplift>();
        foreach (var audience in Enum.GetValues<AudienceType>())
        {
            // One small aggregate per audience type: SQLite cannot unnest the list in a join.
            var row = await Ratings(scope, audience)
                .GroupBy(_ => 1).Select(g => new { N = g.Count(), Before = g.Average(t => (double)t.Before), After = g.Average(t => (double)t.After) })
                .FirstOrDefaultAsync(ct);
            if (row is not null)
            {
                list.Add(new Uplift(EngagementNames.Of(audience), row.N, Math.Round(row.Before, 2), Math.Round(row.After, 2)));
            }
        }

        return list.OrderByDescending(u => u.Change).ToList();
    }

    private IQueryable<TopicRating> Ratings(MetricScope scope, AudienceType? audience)
    {
        var engagements = db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        if (audience is { } a)
        {
            engagements = engagements.Where(e => e.AudienceTypes.Contains(a));
        }

        return from r in db.Set<FeedbackResponse>().AsNoTracking()
               join e in engagements on r.EngagementId equals e.Id
               from t in r.Ratings
               select t;
    }

    /// <summary>
    /// Of the victims referred in the period, those reached and those not: how many were referred again (a later
    /// referral linked to theirs, not rejected by an officer) within 6 and within 12 months.
    /// </summary>
    public async Task<(IReadOnlyList<ReReporting> Rows, bool WindowComplete)> ReReportingAsync(MetricScope scope, CancellationToken ct = default)
    {
        var cohort = db.Set<VictimReferral>().AsNoTracking().Where(r => r.ReceivedAt >= scope.StartsAt && r.ReceivedAt < scope.EndsAt && r.VictimType == VictimType.Individual);
        if (scope.ForceCode is { } force)
        {
            cohort = cohort.Where(r => r.ForceCode == force);
        }

        var sizes = await cohort.GroupBy(r => r.FirstContactAt != null).Select(g => new { Reached = g.Key, N = g.Count() }).ToListAsync(ct);
        var repeats = await (from l in db.Set<ReferralLink>().AsNoTracking()
                             where l.Decision != LinkDecision.Rejected
                             join earlier in cohort on l.EarlierReferralId equals earlier.Id
                             join later in db.Set<VictimReferral>().AsNoTracking() on l.ReferralId equals later.Id
                             select new { earlier.Id, Reached = earlier.FirstContactAt != null, Was = earlier.ReceivedAt, Again = later.ReceivedAt })
            .ToListAsync(ct);
        var firstAgain = repeats.Where(r => r.Again > r.Was).GroupBy(r => (r.Id, r.Reached))
            .Select(g => (g.Key.Reached, Was: g.First().Was, Again: g.Min(x => x.Again))).ToList();
        ReReporting Row(bool reached, string label) => new(label, sizes.FirstOrDefault(s => s.Reached == reached)?.N ?? 0,
            firstAgain.Count(f => f.Reached == reached && f.Again <= f.Was.AddMonths(6)),
            firstAgain.Count(f => f.Reached == reached && f.Again <= f.Was.AddMonths(12)));
        var complete = scope.EndsAt.AddMonths(12) <= time.GetUtcNow();
        return ([Row(true, "Reached by an officer"), Row(false, "Not reached")], complete);
    }

    /// <summary>Organisations engaged in the period by force and sector, against the business population loaded.</summary>
    public async Task<IReadOnlyList<Reach>> ReachAsync(MetricScope scope, CancellationToken ct = default)
    {
        var groups = await MetricSources.Of(MetricSource.OrganisationsEngaged).GroupsAsync(db, scope, ct);
        var engaged = groups.Where(g => g.Key("Sector").Length == 1)
            .GroupBy(g => (Force: g.Key("Force"), Sector: g.Key("Sector")[0])).ToDictionary(g => g.Key, g => (int)g.Sum(x => x.Count));
        var population = await db.Set<BusinessPopulation>().AsNoTracking().ToListAsync(ct);
        var keys = engaged.Keys.Union(population.Where(p => scope.ForceCode is null || p.ForceCode == scope.ForceCode).Select(p => (Force: p.ForceCode, p.Sector)));
        return keys.Select(k => new Reach(k.Force, k.Sector, engaged.GetValueOrDefault(k),
                population.FirstOrDefault(p => p.ForceCode == k.Force && p.Sector == k.Sector)?.Businesses))
            .OrderBy(r => r.ForceCode).ThenBy(r => r.Sector).ToList();
    }

    public Task<DateTimeOffset?> PopulationLoadedAtAsync(CancellationToken ct = default) =>
        db.Set<BusinessPopulation>().MaxAsync(p => (DateTimeOffset?)p.LoadedAt, ct);

    /// <summary>
    /// Replaces the region's business population with a CSV or XLSX of Force, Sector, Businesses. Every row is checked
    /// first; any error and nothing changes (a half-loaded population would make every share wrong).
    /// </summary>
    public async Task<IReadOnlyList<RowError>> LoadPopulationAsync(byte[] content, string fileName, CancellationToken ct = default)
    {
        if (!PopulationLoaders.Any((await db.ActorAsync(ct)).Roles.Contains))
        {
            return [new RowError(0, "File", "Only coordinators load business population figures")];
        }

        var (file, error) = TabularFile.Read(content, fileName, limits.Value, ct);
        if (file is null)
        {
            return [new RowError(0, "File", error ?? "The file could not be read")];
        }

        int Column(string name) => file.Headers.ToList().FindIndex(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        var (forceColumn, sectorColumn, countColumn) = (Column("Force"), Column("Sector"), Column("Businesses"));
        if (forceColumn < 0 || sectorColumn < 0 || countColumn < 0)
        {
            return [new RowError(1, "Header", "The first row must name the columns Force, Sector and Businesses")];
        }

        var region = db.Scope.RegionCode;
        var forces = Regions.PoliceReferenceData.ForcesOf(region);
        var errors = new List<RowError>();
        var rows = new List<BusinessPopulation>();
        var now = time.GetUtcNow();
        foreach (var row in file.Rows)
        {
            string Cell(int i) => i < row.Cells.Count ? row.Cells[i].Trim() : "";
            var forceText = Cell(forceColumn);
            var force = Regions.ForceNames.Find(forceText, region) is { } code ? forces.Single(f => f.Code == code) : null;
            if (force is null)
            {
                errors.Add(new RowError(row.Number, "Force", $"\"{forceText}\" is not a force area of your region ({string.Join(", ", forces.Select(f => f.Name))})"));
            }

            var sectorText = Cell(sectorColumn).ToUpperInvariant();
            var sector = sectorText.Length >= 1 && PartnerNames.SicSections.ContainsKey(sectorText[0]) && (sectorText.Length == 1 || sectorText[1] is ':' or ' ') ? sectorText[0] : (char?)null;
            if (sector is null)
            {
                errors.Add(new RowError(row.Number, "Sector", $"\"{Cell(sectorColumn)}\" is not a UK SIC 2007 section letter (A to U)"));
            }

            if (!int.TryParse(Cell(countColumn), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"), out var count) || count < 0)
            {
                errors.Add(new RowError(row.Number, "Businesses", $"\"{Cell(countColumn)}\" is not a whole number of businesses"));
            }
            else if (force is not null && sector is not null)
            {
                if (rows.Any(r => r.ForceCode == force.Code && r.Sector == sector))
                {
                    errors.Add(new RowError(row.Number, "Sector", $"{force.Name}, section {sector} appears twice"));
                }

                rows.Add(new BusinessPopulation { RegionCode = region, ForceCode = force.Code, Sector = sector.Value, Businesses = count, LoadedAt = now, LoadedBy = db.Scope.ActorName });
            }
        }

        if (errors.Count > 0 || rows.Count == 0)
        {
            return errors.Count > 0 ? errors : [new RowError(2, "File", "The file has no rows of figures")];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<BusinessPopulation>().ExecuteDeleteAsync(ct);
        db.AddRange(rows);
        db.Audit(AuditAction.AdministrativeChange, "BusinessPopulation", null, region, $"Business population loaded: {rows.Count} rows from {fileName}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return [];
    }
}

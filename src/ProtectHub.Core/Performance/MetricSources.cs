using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// What each <see cref="MetricSource"/> reads. A source is a projection of records into "facts" (one flat row of the
/// fields metrics may use) for a period; figures group the facts by every category at once (one query per source per
/// return), and a drill-down filters the same facts and lists the records behind them. Region scoping comes from the
/// DbContext's query filters, as everywhere else.
/// </summary>
public abstract class MetricSourceDefinition
{
    public abstract MetricSource Source { get; }

    public abstract string Label { get; }

    public abstract MetricRecordKind Records { get; }

    public abstract IReadOnlyList<MetricField> Fields { get; }

    public MetricField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The values a category can take, where they are a fixed list (enums, yes or no); null for open ones (forces, topics).</summary>
    public IReadOnlyList<string>? Choices(string field)
    {
        var type = FieldType(field);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => null,
            _ when type.IsEnum => Enum.GetNames(type),
            _ when type == typeof(bool) => ["Yes", "No"],
            _ => null,
        };
    }

    /// <summary>Whether a category value is one the field can hold (its text form, as conditions are written).</summary>
    public bool Accepts(string field, string value)
    {
        var type = FieldType(field);
        if (type is null)
        {
            return false;
        }

        var nullable = Nullable.GetUnderlyingType(type) is not null || !type.IsValueType;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value.Length == 0 ? nullable : target switch
        {
            _ when Choices(field) is { } choices => choices.Contains(value, StringComparer.Ordinal),
            _ when target == typeof(char) => value.Length == 1,
            _ when target == typeof(Guid) => Guid.TryParse(value, out _),
            _ when target == typeof(int) => int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            _ => true,
        };
    }

    protected abstract Type? FieldType(string field);

    public abstract Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct);

    /// <summary>The ids of the records behind a figure: the facts of the scope that meet every condition.</summary>
    public abstract IQueryable<Guid> RecordIds(ProtectHubDbContext db, MetricScope scope, IEnumerable<MetricCondition> conditions);

    protected static IReadOnlyDictionary<string, string> Keys(params (string Name, object? Value)[] keys) =>
        keys.ToDictionary(k => k.Name, k => FactGroup.Text(k.Value));

    protected static IReadOnlyDictionary<string, (double, long)> Numbers(params (string Name, double Sum, long Count)[] numbers) =>
        numbers.ToDictionary(n => n.Name, n => (n.Sum, n.Count));

    protected static readonly IReadOnlyDictionary<string, (double, long)> NoNumbers = new Dictionary<string, (double, long)>();
}

public abstract class MetricSourceDefinition<TFacts> : MetricSourceDefinition
{
    protected abstract IQueryable<TFacts> Facts(ProtectHubDbContext db, MetricScope scope);

    protected abstract Expression<Func<TFacts, Guid>> RecordId { get; }

    protected override Type? FieldType(string field) => Field(field) is null ? null : typeof(TFacts).GetProperty(field)?.PropertyType;

    public override IQueryable<Guid> RecordIds(ProtectHubDbContext db, MetricScope scope, IEnumerable<MetricCondition> conditions) =>
        conditions.Aggregate(Facts(db, scope), (query, condition) => query.Where(Predicate(condition))).Select(RecordId).Distinct();

    /// <summary>Builds <c>f =&gt; f.Field == v1 || f.Field == v2 ...</c>, each value parsed to the field's type.</summary>
    private static Expression<Func<TFacts, bool>> Predicate(MetricCondition condition)
    {
        var facts = Expression.Parameter(typeof(TFacts), "f");
        var property = typeof(TFacts).GetProperty(condition.Field)
            ?? throw new InvalidOperationException($"{typeof(TFacts).Name} has no field {condition.Field}.");
        var member = Expression.Property(facts, property);
        Expression body = Expression.Constant(false);
        foreach (var value in condition.Values)
        {
            body = Expression.OrElse(body, Expression.Equal(member, Expression.Constant(Parse(value, property.PropertyType), property.PropertyType)));
        }

        return Expression.Lambda<Func<TFacts, bool>>(body, facts);
    }

    private static object? Parse(string text, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (text.Length == 0 && (underlying is not null || !type.IsValueType))
        {
            return null;
        }

        var target = underlying ?? type;
        return target switch
        {
            _ when target.IsEnum => Enum.Parse(target, text),
            _ when target == typeof(bool) => text == "Yes",
            _ when target == typeof(string) => text,
            _ when target == typeof(char) => text[0],
            _ when target == typeof(int) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            _ when target == typeof(Guid) => Guid.Parse(text),
            _ => throw new InvalidOperationException($"Fields of type {target.Name} cannot be filtered."),
        };
    }
}

/// <summary>Every source, by name.</summary>
public static class MetricSources
{
    public static IReadOnlyList<MetricSourceDefinition> All { get; } =
    [
        new EngagementSource(), new EngagementAudienceSource(), new OrganisationsEngagedSource(), new MembershipSource(),
        new FeedbackRatingSource(), new FeedbackResponseSource(), new FollowUpActionSource(), new ReferralSource(), new ReferralAdviceSource(),
    ];

    public static MetricSourceDefinition Of(MetricSource source) => All.Single(s => s.Source == source);
}

public sealed class EngagementFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    public bool Online { get; set; }
    public int? PeopleReached { get; set; }
}

internal sealed class EngagementSource : MetricSourceDefinition<EngagementFacts>
{
    public override MetricSource Source => MetricSource.Engagements;
    public override string Label => "Engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement"),
        MetricField.Category("Status", "Status"), MetricField.Category("Online", "Online"), MetricField.Number("PeopleReached", "People reached"),
    ];

    protected override Expression<Func<EngagementFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<EngagementFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(e => e.ForceCode == force);
        }

        return query.Select(e => new EngagementFacts
        {
            RecordId = e.Id,
            Force = e.ForceCode,
            Team = e.Team,
            Kind = e.Kind,
            Status = e.Status,
            Online = e.IsOnline,
            PeopleReached = e.PeopleReached,
        });
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope)
            .GroupBy(f => new { f.Force, f.Team, f.Kind, f.Status, f.Online })
            .Select(g => new { g.Key, N = g.Count(), People = g.Sum(f => f.PeopleReached), PeopleN = g.Count(f => f.PeopleReached != null) })
            .ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Kind", r.Key.Kind), ("Status", r.Key.Status), ("Online", r.Key.Online)),
            r.N, Numbers(("PeopleReached", r.People ?? 0, r.PeopleN)))).ToList();
    }
}

public sealed class EngagementAudienceFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementStatus Status { get; set; }
    public AudienceType Audience { get; set; }
}

internal sealed class EngagementAudienceSource : MetricSourceDefinition<EngagementAudienceFacts>
{
    public override MetricSource Source => MetricSource.EngagementAudiences;
    public override string Label => "Audience types of engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Status", "Status"),
        MetricField.Category("Audience", "Audience type"),
    ];

    protected override Expression<Func<EngagementAudienceFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<EngagementAudienceFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<Engagement>().AsNoTracking().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(e => e.ForceCode == force);
        }

        if (db.Provider.CanJoinListColumns)
        {
            return query.SelectMany(e => e.AudienceTypes, (e, a) => new EngagementAudienceFacts
            {
                RecordId = e.Id,
                Force = e.ForceCode,
                Team = e.Team,
                Status = e.Status,
                Audience = a,
            });
        }

        // SQLite cannot join a row to its own JSON list (EF would need APPLY): one query per audience type, unioned.
        return Enum.GetValues<AudienceType>()
            .Select(audience => query.Where(e => e.AudienceTypes.Contains(audience))
                .Select(e => new EngagementAudienceFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Status = e.Status, Audience = audience }))
            .Aggregate(Queryable.Concat);
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Team, f.Status, f.Audience })
            .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Status", r.Key.Status), ("Audience", r.Key.Audience)), r.N, NoNumbers)).ToList();
    }
}

public sealed class OrganisationFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public char? Sector { get; set; }
    public SizeBand? Size { get; set; }
}

internal sealed class OrganisationsEngagedSource : MetricSourceDefinition<OrganisationFacts>
{
    public override MetricSource Source => MetricSource.OrganisationsEngaged;
    public override string Label => "Organisations at engagements delivered in the period";
    public override MetricRecordKind Records => MetricRecordKind.Organisation;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Kind", "Kind of organisation"),
        MetricField.Category("Sector", "Sector"), MetricField.Category("Size", "Size band"),
    ];

    protected override Expression<Func<OrganisationFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<OrganisationFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var delivered = db.Set<Engagement>()
            .Where(e => e.Status != EngagementStatus.Planned && e.Status != EngagementStatus.Cancelled && e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        // Including any merged since: the engagements named them when they were delivered.
        var organisations = db.Set<Organisation>().IncludingMerged().AsNoTracking();
        // Where the engine can, the quarter's organisation lists are unnested once and hash-joined; otherwise (SQLite,
        // where EF would need APPLY) each organisation looks for a delivered engagement naming it.
        var query = db.Provider.CanJoinListColumns
            ? organisations.Where(o => delivered.SelectMany(e => e.OrganisationIds).Contains(o.Id))
            : organisations.Where(o => delivered.Any(e => e.OrganisationIds.Contains(o.Id)));
        if (scope.ForceCode is { } force)
        {
            query = query.Where(o => o.ForceCode == force);
        }

        return query.Select(o => new OrganisationFacts { RecordId = o.Id, Force = o.ForceCode, Kind = o.Kind, Sector = o.Sector, Size = o.Size });
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Kind, f.Sector, f.Size })
            .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Kind", r.Key.Kind), ("Sector", r.Key.Sector), ("Size", r.Key.Size)), r.N, NoNumbers)).ToList();
    }
}

public sealed class MembershipFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public MembershipKind Membership { get; set; }
    public char? Sector { get; set; }
    public SizeBand? Size { get; set; }
}

internal sealed class MembershipSource : MetricSourceDefinition<MembershipFacts>
{
    public override MetricSource Source => MetricSource.Memberships;
    public override string Label => "Memberships and certifications starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Organisation;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Membership", "Membership"),
        MetricField.Category("Sector", "Sector"), MetricField.Category("Size", "Size band"),
    ];

    protected override Expression<Func<MembershipFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<MembershipFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var organisations = db.Set<Organisation>().AsNoTracking();
        if (scope.ForceCode is { } force)
        {
            organisations = organisations.Where(o => o.ForceCode == force);
        }

        return organisations.SelectMany(o => o.Memberships.Where(m => m.StartedOn >= scope.FirstDay && m.StartedOn <= scope.LastDay),
            (o, m) => new MembershipFacts { RecordId = o.Id, Force = o.ForceCode, Membership = m.Kind, Sector = o.Sector, Size = o.Size });
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Membership, f.Sector, f.Size })
            .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Membership", r.Key.Membership), ("Sector", r.Key.Sector), ("Size", r.Key.Size)), r.N, NoNumbers)).ToList();
    }
}

public sealed class FeedbackRatingFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
    public Guid Topic { get; set; }
    public int Before { get; set; }
    public int After { get; set; }
}

internal sealed class FeedbackRatingSource : MetricSourceDefinition<FeedbackRatingFacts>
{
    public override MetricSource Source => MetricSource.FeedbackRatings;
    public override string Label => "Topic ratings in feedback on engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement"),
        MetricField.Category("Topic", "Topic"), MetricField.Number("Before", "Confidence before (1 to 5)"), MetricField.Number("After", "Confidence after (1 to 5)"),
        MetricField.Number("Uplift", "Confidence uplift (after minus before)"),
    ];

    protected override Expression<Func<FeedbackRatingFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<FeedbackRatingFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from r in db.Set<FeedbackResponse>().AsNoTracking()
               join e in engagements on r.EngagementId equals e.Id
               from t in r.Ratings
               select new FeedbackRatingFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Kind = e.Kind, Topic = t.TopicId, Before = t.Before, After = t.After };
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Team, f.Kind, f.Topic })
            .Select(g => new { g.Key, N = g.Count(), Before = g.Sum(f => f.Before), After = g.Sum(f => f.After) }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Kind", r.Key.Kind), ("Topic", r.Key.Topic)), r.N,
            Numbers(("Before", r.Before, r.N), ("After", r.After, r.N), ("Uplift", r.After - r.Before, r.N)))).ToList();
    }
}

public sealed class FeedbackResponseFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public EngagementKind Kind { get; set; }
}

internal sealed class FeedbackResponseSource : MetricSourceDefinition<FeedbackResponseFacts>
{
    public override MetricSource Source => MetricSource.FeedbackResponses;
    public override string Label => "Feedback responses on engagements starting in the period";
    public override MetricRecordKind Records => MetricRecordKind.Engagement;

    public override IReadOnlyList<MetricField> Fields { get; } =
        [MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Kind", "Kind of engagement")];

    protected override Expression<Func<FeedbackResponseFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<FeedbackResponseFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().Where(e => e.StartsAt >= scope.StartsAt && e.StartsAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from r in db.Set<FeedbackResponse>().AsNoTracking()
               join e in engagements on r.EngagementId equals e.Id
               select new FeedbackResponseFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Kind = e.Kind };
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Team, f.Kind }).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Kind", r.Key.Kind)), r.N, NoNumbers)).ToList();
    }
}

public sealed class FollowUpActionFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public bool Completed { get; set; }
}

internal sealed class FollowUpActionSource : MetricSourceDefinition<FollowUpActionFacts>
{
    public override MetricSource Source => MetricSource.FollowUpActions;
    public override string Label => "Follow-up actions due in the period";
    public override MetricRecordKind Records => MetricRecordKind.FollowUpAction;

    public override IReadOnlyList<MetricField> Fields { get; } =
        [MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Completed", "Completed")];

    protected override Expression<Func<FollowUpActionFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<FollowUpActionFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var engagements = db.Set<Engagement>().AsQueryable();
        if (scope.ForceCode is { } force)
        {
            engagements = engagements.Where(e => e.ForceCode == force);
        }

        return from a in db.Set<FollowUpAction>().AsNoTracking()
               where a.DueOn >= scope.FirstDay && a.DueOn <= scope.LastDay
               join e in engagements on a.EngagementId equals e.Id
               select new FollowUpActionFacts { RecordId = a.Id, Force = e.ForceCode, Team = e.Team, Completed = a.CompletedAt != null };
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Team, f.Completed }).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Completed", r.Key.Completed)), r.N, NoNumbers)).ToList();
    }
}

public sealed class ReferralFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public OffenceCategory Offence { get; set; }
    public VictimType VictimType { get; set; }
    public ReferralStatus Status { get; set; }
    public ReferralClosure? Closure { get; set; }
    public bool Contacted { get; set; }
    public bool? ContactedInTime { get; set; }
    public bool RepeatVictim { get; set; }
    public bool Vulnerable { get; set; }
    public bool Safeguarded { get; set; }
    public int? WorkingDaysToFirstContact { get; set; }
    public double? AmountLost { get; set; }
    public int? Satisfaction { get; set; }
}

internal sealed class ReferralSource : MetricSourceDefinition<ReferralFacts>
{
    public override MetricSource Source => MetricSource.Referrals;
    public override string Label => "Victim referrals received in the period";
    public override MetricRecordKind Records => MetricRecordKind.Referral;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Offence", "Offence category"),
        MetricField.Category("VictimType", "Victim type"), MetricField.Category("Status", "Status"), MetricField.Category("Closure", "Closed as"),
        MetricField.Category("Contacted", "Contacted"), MetricField.Category("ContactedInTime", "Contacted within the service level"),
        MetricField.Category("RepeatVictim", "Reported before"), MetricField.Category("Vulnerable", "Vulnerability flagged"),
        MetricField.Category("Safeguarded", "Escalated for safeguarding"),
        MetricField.Number("WorkingDaysToFirstContact", "Working days to first contact", median: true),
        MetricField.Number("AmountLost", "Amount lost (£)"), MetricField.Number("Satisfaction", "Victim satisfaction (1 to 5)"),
    ];

    protected override Expression<Func<ReferralFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<ReferralFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<VictimReferral>().AsNoTracking().Where(r => r.ReceivedAt >= scope.StartsAt && r.ReceivedAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(r => r.ForceCode == force);
        }

        return query.Select(r => new ReferralFacts
        {
            RecordId = r.Id,
            Force = r.ForceCode,
            Team = r.Team,
            Offence = r.OffenceCategory,
            VictimType = r.VictimType,
            Status = r.Status,
            Closure = r.Closure,
            Contacted = r.FirstContactAt != null,
            ContactedInTime = r.ContactedInTime,
            RepeatVictim = r.EarlierReports > 0,
            Vulnerable = r.VulnerabilityFlags.Count > 0,
            Safeguarded = r.EscalatedAt != null,
            WorkingDaysToFirstContact = r.FirstContactWorkingDays,
            AmountLost = (double?)r.AmountLost,
            Satisfaction = r.Satisfaction,
        });
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope)
            .GroupBy(f => new
            {
                f.Force,
                f.Team,
                f.Offence,
                f.VictimType,
                f.Status,
                f.Closure,
                f.Contacted,
                f.ContactedInTime,
                f.RepeatVictim,
                f.Vulnerable,
                f.Safeguarded,
                f.WorkingDaysToFirstContact,
            })
            .Select(g => new
            {
                g.Key,
                N = g.Count(),
                Lost = g.Sum(f => f.AmountLost),
                LostN = g.Count(f => f.AmountLost != null),
                Satisfaction = g.Sum(f => f.Satisfaction),
                SatisfactionN = g.Count(f => f.Satisfaction != null),
            })
            .ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Offence", r.Key.Offence), ("VictimType", r.Key.VictimType), ("Status", r.Key.Status),
                ("Closure", r.Key.Closure), ("Contacted", r.Key.Contacted), ("ContactedInTime", r.Key.ContactedInTime), ("RepeatVictim", r.Key.RepeatVictim),
                ("Vulnerable", r.Key.Vulnerable), ("Safeguarded", r.Key.Safeguarded), ("WorkingDaysToFirstContact", r.Key.WorkingDaysToFirstContact)),
            r.N,
            Numbers(("WorkingDaysToFirstContact", (double)(r.Key.WorkingDaysToFirstContact ?? 0) * r.N, r.Key.WorkingDaysToFirstContact is null ? 0 : r.N),
                ("AmountLost", r.Lost ?? 0, r.LostN), ("Satisfaction", r.Satisfaction ?? 0, r.SatisfactionN)))).ToList();
    }
}

public sealed class ReferralAdviceFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public Team Team { get; set; }
    public OffenceCategory Offence { get; set; }
    public AdviceKind Kind { get; set; }
    public Guid Item { get; set; }
}

internal sealed class ReferralAdviceSource : MetricSourceDefinition<ReferralAdviceFacts>
{
    public override MetricSource Source => MetricSource.ReferralAdvice;
    public override string Label => "Advice given and services signposted on referrals received in the period";
    public override MetricRecordKind Records => MetricRecordKind.Referral;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("Team", "Team"), MetricField.Category("Offence", "Offence category"),
        MetricField.Category("Kind", "Advice or signposting"), MetricField.Category("Item", "Advice or service"),
    ];

    protected override Expression<Func<ReferralAdviceFacts, Guid>> RecordId => f => f.RecordId;

    protected override IQueryable<ReferralAdviceFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<VictimReferral>().AsNoTracking().Where(r => r.ReceivedAt >= scope.StartsAt && r.ReceivedAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(r => r.ForceCode == force);
        }

        // A join with the advice list rather than an unnest of each referral's lists: SQLite cannot unnest in a join, and
        // on PostgreSQL the join measured four times faster than unnesting both lists (279 ms against 1,087 ms a quarter).
        return from r in query
               from item in db.Set<AdviceItem>()
               where (item.Kind == AdviceKind.Advice && r.AdviceGiven.Contains(item.Id)) || (item.Kind == AdviceKind.Signpost && r.Signposted.Contains(item.Id))
               select new ReferralAdviceFacts { RecordId = r.Id, Force = r.ForceCode, Team = r.Team, Offence = r.OffenceCategory, Kind = item.Kind, Item = item.Id };
    }

    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await Facts(db, scope).GroupBy(f => new { f.Force, f.Team, f.Offence, f.Kind, f.Item })
            .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => new FactGroup(
            Keys(("Force", r.Key.Force), ("Team", r.Key.Team), ("Offence", r.Key.Offence), ("Kind", r.Key.Kind), ("Item", r.Key.Item)), r.N, NoNumbers)).ToList();
    }
}

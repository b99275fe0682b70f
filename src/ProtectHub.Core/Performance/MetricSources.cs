using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// Every source, by name. Each source below is its description only: a facts class (one flat row per record), its
/// fields, and the query that projects records into facts; grouping and drill-down come from
/// <see cref="MetricSourceDefinition{TFacts}"/>.
/// </summary>
public static class MetricSources
{
    public static IReadOnlyList<MetricSourceDefinition> All { get; } =
    [
        new EngagementSource(), new EngagementAudienceSource(), new OrganisationsEngagedSource(), new MembershipSource(),
        new FeedbackRatingSource(), new FeedbackResponseSource(), new FollowUpActionSource(), new ReferralSource(), new ReferralAdviceSource(),
        new PreventReferralSource(), new PreventInterventionSource(), new IntelligenceReportSource(), new IntelligenceRequirementSource(),
        new CampaignPostSource(),
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
    public int Uplift { get; set; }
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
               select new FeedbackRatingFacts { RecordId = e.Id, Force = e.ForceCode, Team = e.Team, Kind = e.Kind, Topic = t.TopicId, Before = t.Before, After = t.After, Uplift = t.After - t.Before };
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
}

public sealed class PreventReferralFacts
{
    public Guid RecordId { get; set; }
    public string Force { get; set; } = "";
    public PreventSource PreventSource { get; set; }
    public AgeBand AgeBand { get; set; }
    public ConcernBehaviour Behaviour { get; set; }
    public BehaviourLevel Level { get; set; }
    public PreventSetting Setting { get; set; }
    public PreventCaseStatus CaseStatus { get; set; }
    public PreventOutcome? Outcome { get; set; }
    public bool Neurodiversity { get; set; }
    public bool Safeguarding { get; set; }
    public bool ReferredBefore { get; set; }
}

/// <summary>Young people referred to Cyber Prevent: counts only, and any figure of 1 to 4 is suppressed.</summary>
internal sealed class PreventReferralSource : MetricSourceDefinition<PreventReferralFacts>
{
    public override MetricSource Source => MetricSource.PreventReferrals;
    public override string Label => "Young people referred to Cyber Prevent in the period";
    public override MetricRecordKind Records => MetricRecordKind.PreventCase;
    public override bool SuppressSmallNumbers => true;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("PreventSource", "Referred by"), MetricField.Category("AgeBand", "Age band"),
        MetricField.Category("Behaviour", "Behaviour of concern"), MetricField.Category("Level", "How far it had gone"), MetricField.Category("Setting", "Setting"),
        MetricField.Category("CaseStatus", "Status"), MetricField.Category("Outcome", "Outcome"), MetricField.Category("Neurodiversity", "Neurodiversity recorded"),
        MetricField.Category("Safeguarding", "Safeguarding concern raised"), MetricField.Category("ReferredBefore", "Referred before"),
    ];

    protected override IQueryable<PreventReferralFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var query = db.Set<PreventCase>().AsNoTracking().Where(c => c.ReferredAt >= scope.StartsAt && c.ReferredAt < scope.EndsAt);
        if (scope.ForceCode is { } force)
        {
            query = query.Where(c => c.ForceCode == force);
        }

        return query.Select(c => new PreventReferralFacts
        {
            RecordId = c.Id,
            Force = c.ForceCode,
            PreventSource = c.Source,
            AgeBand = c.AgeBandAtReferral,
            Behaviour = c.Behaviour,
            Level = c.BehaviourLevel,
            Setting = c.Setting,
            CaseStatus = c.Status,
            Outcome = c.Outcome,
            Neurodiversity = c.NeurodiversityFlagged,
            Safeguarding = c.SafeguardingRaisedAt != null,
            ReferredBefore = c.EarlierReferrals > 0,
        });
    }
}

public sealed class PreventInterventionFacts
{
    /// <summary>The case's id: a drill-down lists the cases.</summary>
    public Guid RecordId { get; set; }

    public string Force { get; set; } = "";
    public InterventionKind InterventionKind { get; set; }
    public SubjectResponse Response { get; set; }
}

internal sealed class PreventInterventionSource : MetricSourceDefinition<PreventInterventionFacts>
{
    public override MetricSource Source => MetricSource.PreventInterventions;
    public override string Label => "Cyber Prevent interventions in the period";
    public override MetricRecordKind Records => MetricRecordKind.PreventCase;
    public override bool SuppressSmallNumbers => true;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Force", "Force area"), MetricField.Category("InterventionKind", "Intervention"), MetricField.Category("Response", "Young person's response"),
    ];

    protected override IQueryable<PreventInterventionFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var cases = db.Set<PreventCase>().AsNoTracking();
        if (scope.ForceCode is { } force)
        {
            cases = cases.Where(c => c.ForceCode == force);
        }

        return db.Set<Intervention>().AsNoTracking().Where(i => i.On >= scope.FirstDay && i.On <= scope.LastDay)
            .Join(cases, i => i.CaseId, c => c.Id, (i, c) => new PreventInterventionFacts { RecordId = c.Id, Force = c.ForceCode, InterventionKind = i.Kind, Response = i.Response });
    }
}

public sealed class IntelligenceReportFacts
{
    public Guid RecordId { get; set; }
    public IntelligenceSourceType? SourceType { get; set; }
    public bool FromIndustry { get; set; }
    public SourceEvaluation? SourceEvaluation { get; set; }
    public IntelligenceAssessment? Assessment { get; set; }
    public HandlingCode? Handling { get; set; }
    public bool Disseminated { get; set; }
}

/// <summary>
/// Intelligence reports submitted and approved, counted in the quarter they were first submitted (from
/// <see cref="IntelligenceFacet"/>, so a corrected report counts once). A force filter keeps reports naming that force area.
/// </summary>
internal sealed class IntelligenceReportSource : MetricSourceDefinition<IntelligenceReportFacts>
{
    public override MetricSource Source => MetricSource.IntelligenceReports;
    public override string Label => "Intelligence reports submitted (and approved) in the period";
    public override MetricRecordKind Records => MetricRecordKind.IntelligenceReport;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("SourceType", "Source type"), MetricField.Category("FromIndustry", "From an industry partner's secure link"),
        MetricField.Category("SourceEvaluation", "Source evaluation"), MetricField.Category("Assessment", "Intelligence assessment"),
        MetricField.Category("Handling", "Handling code"), MetricField.Category("Disseminated", "Disseminated"),
    ];

    protected override IQueryable<IntelligenceReportFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var reports = db.Set<IntelligenceReport>().AsNoTracking();
        if (scope.ForceCode is { } force)
        {
            reports = reports.Where(r => r.ForceCodes.Contains(force));
        }

        return db.Set<IntelligenceFacet>().AsNoTracking().Where(f => f.Kind == FacetKind.Report && f.CountedOn >= scope.FirstDay && f.CountedOn <= scope.LastDay)
            .Join(reports, f => f.ReportId, r => r.Id, (f, r) => new IntelligenceReportFacts
            {
                RecordId = r.Id,
                SourceType = r.SourceType,
                FromIndustry = r.SubmissionId != null,
                SourceEvaluation = r.SourceEvaluation,
                Assessment = r.Assessment,
                Handling = r.Handling,
                Disseminated = r.Status == IntelligenceStatus.Disseminated,
            });
    }
}

public sealed class IntelligenceRequirementFacts
{
    public Guid RecordId { get; set; }
    public string Requirement { get; set; } = "";
}

/// <summary>Each requirement an approved report of the period answers: coverage of the national and regional requirements.</summary>
internal sealed class IntelligenceRequirementSource : MetricSourceDefinition<IntelligenceRequirementFacts>
{
    public override MetricSource Source => MetricSource.IntelligenceRequirements;
    public override string Label => "Intelligence requirements answered by reports of the period";
    public override MetricRecordKind Records => MetricRecordKind.IntelligenceReport;

    public override IReadOnlyList<MetricField> Fields { get; } = [MetricField.Category("Requirement", "Intelligence requirement")];

    protected override IQueryable<IntelligenceRequirementFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var facets = db.Set<IntelligenceFacet>().AsNoTracking().Where(f => f.Kind == FacetKind.Requirement && f.CountedOn >= scope.FirstDay && f.CountedOn <= scope.LastDay);
        if (scope.ForceCode is { } force)
        {
            var reports = db.Set<IntelligenceReport>().AsNoTracking().Where(r => r.ForceCodes.Contains(force)).Select(r => r.Id);
            facets = facets.Where(f => reports.Contains(f.ReportId));
        }

        return facets.Select(f => new IntelligenceRequirementFacts { RecordId = f.ReportId, Requirement = f.Value });
    }
}

public sealed class CampaignPostFacts
{
    public Guid RecordId { get; set; }
    public Campaigns.PostChannel Channel { get; set; }
    public string Campaign { get; set; } = "";
    public int? Reach { get; set; }
    public int? Interactions { get; set; }
}

/// <summary>
/// Campaign posts and press pieces published in the period, with their reach and interactions. A force filter keeps
/// posts of campaigns covering that force area (or the whole region, when a campaign names none).
/// </summary>
internal sealed class CampaignPostSource : MetricSourceDefinition<CampaignPostFacts>
{
    public override MetricSource Source => MetricSource.CampaignPosts;
    public override string Label => "Campaign posts and press pieces published in the period";
    public override MetricRecordKind Records => MetricRecordKind.CampaignPost;

    public override IReadOnlyList<MetricField> Fields { get; } =
    [
        MetricField.Category("Channel", "Where it appeared"), MetricField.Category("Campaign", "Campaign"),
        MetricField.Number("Reach", "Reach"), MetricField.Number("Interactions", "Interactions"),
    ];

    protected override IQueryable<CampaignPostFacts> Facts(ProtectHubDbContext db, MetricScope scope)
    {
        var campaigns = db.Set<Campaigns.Campaign>().AsNoTracking();
        if (scope.ForceCode is { } force)
        {
            campaigns = campaigns.Where(c => c.ForceCodes.Count == 0 || c.ForceCodes.Contains(force));
        }

        return db.Set<Campaigns.CampaignPost>().AsNoTracking()
            .Where(p => p.Status == Campaigns.PostStatus.Published && p.PublishedOn >= scope.FirstDay && p.PublishedOn <= scope.LastDay)
            .Join(campaigns, p => p.CampaignId, c => c.Id, (p, c) => new CampaignPostFacts
            {
                RecordId = p.Id,
                Channel = p.Channel,
                Campaign = c.Title,
                Reach = p.Reach,
                Interactions = p.Interactions,
            });
    }
}

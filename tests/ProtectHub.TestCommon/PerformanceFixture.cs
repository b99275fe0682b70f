using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.TestCommon;

/// <summary>
/// Hand-counted records for Q2 2026 to 2027 (July to September 2026) in the East Midlands, with records just outside
/// the quarter (UK time), records that do not meet the conditions, and records of another region. The expected figures
/// are worked out by hand in <see cref="Expected"/>; a metric that counted wrongly, or past the region, would differ.
/// </summary>
public static class PerformanceFixture
{
    public static readonly FinancialQuarter Quarter = new(2026, 2);
    public const string Region = "EM";
    public const string Lincs = "LINCOLNSHIRE";
    public const string Notts = "NOTTS";
    public const string OtherRegion = "WM";
    public const string OtherForce = "WARWICKSHIRE";

    /// <summary>The region figure each starter metric must have for the quarter.</summary>
    public static readonly IReadOnlyDictionary<string, double?> Expected = new Dictionary<string, double?>
    {
        ["engagements-delivered"] = 3, // E1, E2 (reviewed), E6 (23:30 on 30 September, UK time); not E3 planned, E4 cancelled, E5 (30 June BST), the WM one
        ["people-reached"] = 49, // 30 + 12 + 7
        ["engagements-by-audience"] = 3, // E1 two audiences, E2 one
        ["organisations-engaged"] = 3, // O1, O2 (twice, once counted), O3; not O4 (only at planned or cancelled ones)
        ["smes-engaged"] = 2, // O1 micro, O2 small; O3 is large
        ["new-community-members"] = 1, // O1 in August; O3's started in March
        ["new-crc-members"] = 1, // O2
        ["feedback-responses"] = 2,
        ["mean-confidence-uplift"] = 2, // (4-2) + (4-3) + (4-1) over 3 ratings
        ["follow-up-actions-completed"] = 1, // A1; A2 open, A3 due in October
        ["referrals-received"] = 4, // R1 to R4; R5 received in October, the WM one elsewhere
        ["referrals-contacted"] = 3,
        ["referrals-contacted-in-time"] = 2,
        ["contacted-in-time-rate"] = 66.7, // 2 of 3
        ["referrals-uncontactable"] = 1,
        ["median-days-to-first-contact"] = 3, // 2, 3, 7
        ["repeat-victim-rate"] = 25, // R1 of 4
        ["advice-and-signposting"] = 3, // R1: two advice items and one service
        ["money-lost"] = 1500.5,
        ["victim-satisfaction"] = 4,
    };

    public sealed record Seeded(Guid LeadId, Guid E1, Guid TopicOne, Guid TopicFormula);

    private static DateTimeOffset Uk(int month, int day, int hour = 10, int minute = 0) =>
        UkTime.ToUtc(new DateTime(2026, month, day, hour, minute, 0));

    public static Task<Seeded> SeedAsync(ProtectHubFactory factory, Guid leadId) => factory.WithServicesAsync(async sp =>
    {
        sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("fixture");
        var db = sp.GetRequiredService<ProtectHub.Core.Data.ProtectHubDbContext>();
        var topicOne = new ManagedListItem { Kind = ManagedListKind.Topic, Name = "Fixture topic " + Guid.NewGuid().ToString("N")[..6] };
        // A topic name that would be a formula in a spreadsheet: exports must neutralise it.
        var topicFormula = new ManagedListItem { Kind = ManagedListKind.Topic, Name = "=HYPERLINK(\"http://x\")" + Guid.NewGuid().ToString("N")[..4] };
        db.AddRange(topicOne, topicFormula);

        Organisation Org(string name, string force, SizeBand size, char sector, string region = Region) => new()
        {
            RegionCode = region,
            Name = name,
            NormalisedName = name.ToLowerInvariant(),
            Kind = OrganisationKind.Business,
            ForceCode = force,
            Size = size,
            Sector = sector,
            CreatedAt = Uk(4, 1),
        };
        var o1 = Org("Fixture Micro Ltd", Lincs, SizeBand.Micro, 'C');
        var o2 = Org("Fixture Small Ltd", Lincs, SizeBand.Small, 'G');
        var o3 = Org("Fixture Large plc", Notts, SizeBand.Large, 'C');
        var o4 = Org("Fixture Medium Ltd", Lincs, SizeBand.Medium, 'C');
        var ow = Org("Other Region Ltd", OtherForce, SizeBand.Micro, 'C', OtherRegion);
        o1.Memberships.Add(new Membership { Kind = MembershipKind.InformationSharingCommunity, StartedOn = new DateOnly(2026, 8, 1), RecordedAt = Uk(8, 1) });
        o3.Memberships.Add(new Membership { Kind = MembershipKind.InformationSharingCommunity, StartedOn = new DateOnly(2026, 3, 1), RecordedAt = Uk(3, 1) });
        o2.Memberships.Add(new Membership { Kind = MembershipKind.CyberResilienceCentre, StartedOn = new DateOnly(2026, 7, 15), RecordedAt = Uk(7, 15) });
        ow.Memberships.Add(new Membership { Kind = MembershipKind.InformationSharingCommunity, StartedOn = new DateOnly(2026, 8, 1), RecordedAt = Uk(8, 1) });
        db.AddRange(o1, o2, o3, o4, ow);

        Engagement E(string title, DateTimeOffset at, string force, Team team, EngagementKind kind, EngagementStatus status, int? people, AudienceType[] audiences, Guid[] organisations, string region = Region) => new()
        {
            RegionCode = region,
            Title = title,
            StartsAt = at,
            DurationMinutes = 60,
            ForceCode = force,
            Team = team,
            Kind = kind,
            Status = status,
            PeopleReached = people,
            AudienceTypes = audiences.ToList(),
            OrganisationIds = organisations.ToList(),
            LeadOfficerId = leadId,
            LeadOfficerName = "Lead",
            CreatedAt = at,
        };
        var e1 = E("Fixture presentation", Uk(7, 10), Lincs, Team.CyberProtect, EngagementKind.Presentation, EngagementStatus.Delivered, 30, [AudienceType.SmeStaff, AudienceType.GeneralPublic], [o1.Id, o2.Id]);
        var e2 = E("Fixture webinar", Uk(8, 20), Notts, Team.FraudProtect, EngagementKind.Webinar, EngagementStatus.Reviewed, 12, [AudienceType.OlderPeople], [o2.Id, o3.Id]);
        var e3 = E("Fixture planned workshop", Uk(9, 1), Lincs, Team.CyberProtect, EngagementKind.Workshop, EngagementStatus.Planned, null, [AudienceType.SmeStaff], [o4.Id]);
        var e4 = E("Fixture cancelled briefing", Uk(9, 2), Lincs, Team.CyberProtect, EngagementKind.Briefing, EngagementStatus.Cancelled, null, [], [o4.Id]);
        var e5 = E("Fixture June exercise", Uk(6, 30, 23, 30), Lincs, Team.CyberProtect, EngagementKind.Exercise, EngagementStatus.Delivered, 100, [AudienceType.SmeStaff], [o4.Id]);
        var e6 = E("Fixture late September exercise", Uk(9, 30, 23, 30), Notts, Team.CyberProtect, EngagementKind.Exercise, EngagementStatus.Delivered, 7, [], []);
        var ew = E("Other region talk", Uk(8, 1), OtherForce, Team.CyberProtect, EngagementKind.Presentation, EngagementStatus.Delivered, 500, [AudienceType.SmeStaff], [ow.Id], OtherRegion);
        db.AddRange(e1, e2, e3, e4, e5, e6, ew);

        db.Add(new FeedbackResponse
        {
            RegionCode = Region,
            EngagementId = e1.Id,
            SubmissionId = Guid.NewGuid(),
            SubmittedAt = Uk(7, 11),
            Ratings = { new TopicRating { TopicId = topicOne.Id, Before = 2, After = 4 }, new TopicRating { TopicId = topicFormula.Id, Before = 3, After = 4 } }
        });
        db.Add(new FeedbackResponse
        {
            RegionCode = Region,
            EngagementId = e2.Id,
            SubmissionId = Guid.NewGuid(),
            SubmittedAt = Uk(8, 21),
            Ratings = { new TopicRating { TopicId = topicOne.Id, Before = 1, After = 4 } }
        });
        db.Add(new FeedbackResponse
        {
            RegionCode = OtherRegion,
            EngagementId = ew.Id,
            SubmissionId = Guid.NewGuid(),
            SubmittedAt = Uk(8, 2),
            Ratings = { new TopicRating { TopicId = topicOne.Id, Before = 5, After = 1 } }
        });

        db.AddRange(
            new FollowUpAction { RegionCode = Region, EngagementId = e1.Id, Description = "Send slides", OwnerId = leadId, OwnerName = "Lead", DueOn = new DateOnly(2026, 8, 10), CompletedAt = Uk(8, 9) },
            new FollowUpAction { RegionCode = Region, EngagementId = e1.Id, Description = "Book a follow-up", OwnerId = leadId, OwnerName = "Lead", DueOn = new DateOnly(2026, 8, 12) },
            new FollowUpAction { RegionCode = Region, EngagementId = e2.Id, Description = "Share the recording", OwnerId = leadId, OwnerName = "Lead", DueOn = new DateOnly(2026, 10, 5), CompletedAt = Uk(10, 1) });

        var advice = db.Set<AdviceItem>().Where(a => a.Kind == AdviceKind.Advice).Take(2).Select(a => a.Id).ToList();
        var service = db.Set<AdviceItem>().Where(a => a.Kind == AdviceKind.Signpost).Select(a => a.Id).First();
        VictimReferral R(string force, Team team, OffenceCategory offence, DateTimeOffset received, string region = Region) => new()
        {
            RegionCode = region,
            ForceCode = force,
            CrimeReference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
            ReportedOn = DateOnly.FromDateTime(received.UtcDateTime),
            VictimType = VictimType.Individual,
            FullName = "Fixture Victim",
            OffenceCategory = offence,
            Team = team,
            ReceivedAt = received,
            FirstContactDueOn = DateOnly.FromDateTime(received.UtcDateTime).AddDays(5),
            RowHash = "fixture",
            ImportId = Guid.NewGuid(),
            UpdatedAt = received,
        };
        var r1 = R(Lincs, Team.FraudProtect, OffenceCategory.RomanceFraud, Uk(7, 6));
        (r1.FirstContactAt, r1.FirstContactWorkingDays, r1.ContactedInTime, r1.AmountLost, r1.EarlierReports) = (Uk(7, 8), 2, true, 1000m, 1);
        (r1.AdviceGiven, r1.Signposted, r1.Status) = (advice, [service], ReferralStatus.Contacted);
        var r2 = R(Lincs, Team.CyberProtect, OffenceCategory.HackingSocialMediaOrEmail, Uk(8, 3));
        (r2.FirstContactAt, r2.FirstContactWorkingDays, r2.ContactedInTime, r2.Status) = (Uk(8, 12), 7, false, ReferralStatus.Contacted);
        var r3 = R(Notts, Team.FraudProtect, OffenceCategory.InvestmentFraud, Uk(9, 1));
        (r3.Status, r3.Closure, r3.ClosedAt, r3.AmountLost, r3.FailedAttempts) = (ReferralStatus.Closed, ReferralClosure.Uncontactable, Uk(9, 20), 500.5m, 3);
        var r4 = R(Notts, Team.FraudProtect, OffenceCategory.CourierFraud, Uk(9, 29));
        (r4.FirstContactAt, r4.FirstContactWorkingDays, r4.ContactedInTime, r4.Satisfaction, r4.Status) = (Uk(10, 2), 3, true, 4, ReferralStatus.Contacted);
        var r5 = R(Lincs, Team.FraudProtect, OffenceCategory.RomanceFraud, Uk(10, 1, 0, 30));
        r5.AmountLost = 99_999m;
        var rw = R(OtherForce, Team.FraudProtect, OffenceCategory.RomanceFraud, Uk(8, 8), OtherRegion);
        (rw.FirstContactAt, rw.FirstContactWorkingDays, rw.ContactedInTime, rw.AmountLost, rw.EarlierReports) = (Uk(8, 9), 40, false, 12_345m, 3);
        db.AddRange(r1, r2, r3, r4, r5, rw);
        await db.SaveChangesAsync();
        return new Seeded(leadId, e1.Id, topicOne.Id, topicFormula.Id);
    });

    /// <summary>Works out figures as a member of the region would see them (the region filter applies).</summary>
    public static Task<ReturnFigures> FiguresAsync(ProtectHubFactory factory, string? force = null) => factory.WithServicesAsync(async sp =>
    {
        sp.GetRequiredService<ActorScopeOverride>().Scope = new ActorScope { ActorName = "test", RestrictToRegion = true, RegionCode = Region };
        return await sp.GetRequiredService<MetricEngine>().ComputeAsync(Region, MetricScope.For(Quarter, force));
    });
}

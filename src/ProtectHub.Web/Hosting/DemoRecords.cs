using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// A year and a half of made-up East Midlands work (organisations, engagements with feedback and follow-up actions,
/// victim referrals), so that a fresh `dotnet run` has dashboards, returns and plans worth looking at. Development
/// only, and only into a region with no engagements yet; every name, address and reference is invented.
/// </summary>
public static class DemoRecords
{
    private static readonly string[] Businesses = ["Bakery", "Garage", "Dental Practice", "Accountants", "Florist", "Builders", "Print Shop", "Vets", "Solicitors", "Pharmacy"];
    private static readonly string[] Places = ["Trent", "Soar", "Wolds", "Fosse", "Charnwood", "Peak", "Sherwood", "Welland", "Nene", "Witham"];
    private static readonly string[] FirstNames = ["Alice", "Ben", "Chloe", "Dev", "Ellen", "Femi", "Grace", "Harun", "Isla", "Jack", "Kiran", "Lena"];
    private static readonly string[] Surnames = ["Archer", "Bishop", "Carter", "Dale", "Ellis", "Foster", "Gill", "Hussain", "Iqbal", "Jones", "Kaur", "Lowe"];

    /// <summary>A postcode area inside the force's own county, so demo addresses sit under the right force.</summary>
    private static string PostcodeArea(string force) => force switch
    {
        "DERBYSHIRE" => "DE",
        "LEICESTERSHIRE" => "LE",
        "LINCOLNSHIRE" => "LN",
        "NORTHANTS" => "NN",
        _ => "NG",
    };

    public static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        const string region = DemoOptions.RegionCode;
        if (await db.Set<Engagement>().IgnoreQueryFilters().AnyAsync(e => e.RegionCode == region))
        {
            return;
        }

        var random = new Random(2026);
        var now = time.GetUtcNow();
        var forces = await db.Forces.Where(f => f.RegionCode == region).Select(f => f.Code).ToListAsync();
        var lead = await db.Users.IgnoreQueryFilters().Where(u => u.Email == "officer.cyberprotect@demo.protecthub.test").Select(u => new { u.Id, u.DisplayName }).FirstAsync();
        // Referrals are worked by their own team: fraud ones by the Fraud Protect officer, cyber ones by Cyber Protect's.
        var fraudOfficer = await db.Users.IgnoreQueryFilters().Where(u => u.Email == "officer.fraudprotect@demo.protecthub.test").Select(u => new { u.Id, u.DisplayName }).FirstAsync();
        var topics = await db.Set<ManagedListItem>().Where(i => i.Kind == ManagedListKind.Topic).Select(i => i.Id).ToListAsync();
        var advice = await db.Set<AdviceItem>().Select(i => new { i.Id, i.Kind }).ToListAsync();
        DateTimeOffset DaysAgo(double days) => now.AddDays(-days);

        var organisations = Enumerable.Range(0, 30).Select(i => new Organisation
        {
            RegionCode = region,
            Name = $"{Places[i % 10]} {Businesses[(i / 3 + i) % 10]} Ltd",
            Kind = i % 9 == 0 ? OrganisationKind.Charity : OrganisationKind.Business,
            Sector = "CGIKMNQS"[i % 8],
            Size = (SizeBand)(i % 4),
            ForceCode = forces[i % forces.Count],
            Postcode = $"{PostcodeArea(forces[i % forces.Count])}{1 + i % 9} {1 + i % 8}AB",
            CreatedAt = DaysAgo(600),
        }).ToList();
        foreach (var o in organisations)
        {
            o.NormalisedName = OrganisationDirectory.NormaliseName(o.Name);
        }

        foreach (var (o, i) in organisations.Select((o, i) => (o, i)).Where(x => x.i % 3 == 0))
        {
            o.Memberships.Add(new Membership
            {
                Kind = i % 2 == 0 ? MembershipKind.InformationSharingCommunity : MembershipKind.CyberResilienceCentre,
                StartedOn = DateOnly.FromDateTime(DaysAgo(20 + i * 15).UtcDateTime),
                RecordedAt = DaysAgo(20 + i * 15),
            });
        }

        db.AddRange(organisations);
        var engagements = new List<Engagement>();
        for (var i = 0; i < 90; i++)
        {
            var future = i % 10 == 0;
            var at = future ? now.AddDays(3 + i % 50) : DaysAgo(2 + random.Next(540));
            var status = future ? EngagementStatus.Planned : i % 17 == 0 ? EngagementStatus.Cancelled : i % 7 == 0 ? EngagementStatus.Reviewed : EngagementStatus.Delivered;
            engagements.Add(new Engagement
            {
                RegionCode = region,
                Title = $"{EngagementNames.Of((EngagementKind)(i % 10))} for {Places[i % 10]} businesses",
                Kind = (EngagementKind)(i % 10),
                StartsAt = new DateTimeOffset(at.UtcDateTime.Date.AddHours(10), TimeSpan.Zero),
                DurationMinutes = 60,
                IsOnline = i % 4 == 0,
                ForceCode = forces[i % forces.Count],
                Team = (Team)(i % 3),
                LeadOfficerId = lead.Id,
                LeadOfficerName = lead.DisplayName,
                AudienceTypes = [(AudienceType)(i % 9)],
                TopicIds = [topics[i % topics.Count], topics[(i + 3) % topics.Count]],
                OrganisationIds = [organisations[i % 30].Id, organisations[(i * 7) % 30].Id],
                Status = status,
                PeopleReached = status is EngagementStatus.Delivered or EngagementStatus.Reviewed ? 8 + random.Next(60) : null,
                CancellationReason = status == EngagementStatus.Cancelled ? "Venue unavailable" : null,
                CreatedAt = at.AddDays(-20),
            });
        }

        db.AddRange(engagements);
        foreach (var e in engagements.Where(e => e.Status is EngagementStatus.Delivered or EngagementStatus.Reviewed))
        {
            for (var r = 0; r < random.Next(0, 4); r++)
            {
                var before = 1 + random.Next(3);
                db.Add(new FeedbackResponse
                {
                    RegionCode = region,
                    EngagementId = e.Id,
                    SubmissionId = Guid.NewGuid(),
                    SubmittedAt = e.StartsAt.AddHours(2),
                    Ratings = { new TopicRating { TopicId = e.TopicIds[0], Before = before, After = Math.Min(5, before + 1 + random.Next(2)) } },
                });
            }

            if (random.Next(3) == 0)
            {
                db.Add(new FollowUpAction
                {
                    RegionCode = region,
                    EngagementId = e.Id,
                    Description = "Send the slides and the Cyber Essentials guide",
                    OwnerId = lead.Id,
                    OwnerName = lead.DisplayName,
                    DueOn = DateOnly.FromDateTime(e.StartsAt.UtcDateTime).AddDays(14),
                    CompletedAt = random.Next(4) == 0 ? null : e.StartsAt.AddDays(10),
                });
            }
        }

        for (var i = 0; i < 200; i++)
        {
            var received = DaysAgo(1 + random.Next(540));
            var receivedOn = UkTime.DateOf(received);
            var offence = (OffenceCategory)(i % 14);
            var referral = new VictimReferral
            {
                RegionCode = region,
                ForceCode = forces[i % forces.Count],
                CrimeReference = $"NFRD{2_600_000_000L + i}",
                ReportedOn = receivedOn.AddDays(-2),
                VictimType = VictimType.Individual,
                FullName = $"{FirstNames[i % 12]} {Surnames[(i / 12) % 12]}",
                DateOfBirth = new DateOnly(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                Email = $"demo.victim{i}@example.org",
                Postcode = $"{PostcodeArea(forces[i % forces.Count])}{1 + i % 20} {i % 9}AB",
                OffenceCategory = offence,
                AmountLost = i % 3 == 0 ? null : 50 + i * 37 % 9000,
                Team = ReferralTriage.TeamFor(offence),
                ReceivedAt = received,
                FirstContactDueOn = WorkingDays.Add(receivedOn, 5),
                RowHash = "demo",
                ImportId = Guid.Empty,
                UpdatedAt = received,
                EarlierReports = i % 11 == 0 ? 1 : 0,
                Status = ReferralStatus.New,
            };
            if (i % 5 != 0 && received < now.AddDays(-2))
            {
                var reached = received.AddDays(1 + random.Next(9));
                referral.RecordFirstContact(reached);
                var worker = referral.Team == Team.FraudProtect ? fraudOfficer : lead;
                (referral.Status, referral.AssignedToId, referral.AssignedToName) = (ReferralStatus.Contacted, worker.Id, worker.DisplayName);
                referral.AdviceGiven = advice.Where(a => a.Kind == AdviceKind.Advice).Skip(i % 4).Take(2).Select(a => a.Id).ToList();
                referral.Signposted = advice.Where(a => a.Kind == AdviceKind.Signpost).Skip(i % 5).Take(1).Select(a => a.Id).ToList();
            }

            if (received < now.AddDays(-30))
            {
                (referral.Status, referral.ClosedAt) = (ReferralStatus.Closed, received.AddDays(20));
                referral.Closure = referral.FirstContactAt is null ? ReferralClosure.Uncontactable : ReferralClosure.AdviceGiven;
                referral.ClosureReason = referral.FirstContactAt is null ? "Three attempts by phone and email" : null;
            }

            db.Add(referral);
        }

        await SeedPreventAsync(db, now, forces);
        SeedIntelligence(db, now, lead.Id, lead.DisplayName, forces, organisations[0].Id, time.UkToday());
        db.GroupCollectedEntries = true;
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// National intelligence requirements (as the National Coordinator would set them), one of the region's own, and
    /// reports by the Cyber Protect officer at each step: draft, waiting for quality assurance, approved, disseminated.
    /// </summary>
    private static void SeedIntelligence(ProtectHubDbContext db, DateTimeOffset now, Guid officerId, string officerName, List<string> forces, Guid organisationId, DateOnly today)
    {
        const string region = DemoOptions.RegionCode;
        IntelligenceRequirement Requirement(string code, string title, RequirementPriority priority, string? regionCode) => new()
        {
            Code = code,
            Title = title,
            Priority = priority,
            Owner = regionCode is null ? "National Cyber Crime Unit" : "EMSOU Cyber Protect",
            ReviewOn = today.AddMonths(6),
            RegionCode = regionCode,
        };
        var requirements = new[]
        {
            Requirement("NIR-01", "Ransomware groups targeting UK small and medium businesses", RequirementPriority.High, null),
            Requirement("NIR-02", "Phishing kits and infrastructure impersonating UK banks and public bodies", RequirementPriority.High, null),
            Requirement("NIR-03", "Business email compromise and invoice redirection", RequirementPriority.Medium, null),
            Requirement("NIR-04", "Young people drawn into cybercrime services (booters, RATs)", RequirementPriority.Medium, null),
            Requirement("EM-IR-01", "Attacks on East Midlands manufacturing supply chains", RequirementPriority.High, region),
        };
        if (!db.Set<IntelligenceRequirement>().Any())
        {
            db.AddRange(requirements);
        }
        else
        {
            requirements = db.Set<IntelligenceRequirement>().Where(r => r.RegionCode == null || r.RegionCode == region).OrderBy(r => r.Code).ToArray();
        }

        var stories = new[]
        {
            ("Phishing campaign impersonating a parcel courier", ThreatCategory.Phishing, "G", "secure-parcel-redelivery.example", IntelligenceStatus.Draft),
            ("Invoice redirection against a Leicester wholesaler", ThreatCategory.BusinessEmailCompromise, "G", "accounts@invoice-update.example", IntelligenceStatus.SubmittedForQa),
            ("Ransomware affiliate scanning exposed VPN appliances", ThreatCategory.Ransomware, "C", "203.0.113.45", IntelligenceStatus.Approved),
            ("Credential phishing against a Derby accountancy firm", ThreatCategory.Phishing, "M", "login-micros0ft-support.example", IntelligenceStatus.Disseminated),
            ("Booter service advertised to pupils on a gaming server", ThreatCategory.DenialOfService, "P", "handle: Discord @stressme", IntelligenceStatus.Approved),
        };
        for (var i = 0; i < stories.Length; i++)
        {
            var (title, category, sector, subject, status) = stories[i];
            var created = now.AddDays(-40 + i * 7);
            var report = new IntelligenceReport
            {
                RegionCode = region,
                OwningTeam = Team.CyberProtect,
                Title = title,
                SourceType = i % 2 == 0 ? IntelligenceSourceType.IndustryPartner : IntelligenceSourceType.Victim,
                SourceOrganisationId = i % 2 == 0 ? organisationId : null,
                SourceDescription = i % 2 == 0 ? "Security manager of a partner organisation" : "Victim reporting through the referral service",
                SourceEvaluation = SourceEvaluation.Untested,
                Assessment = IntelligenceAssessment.B,
                Handling = i % 3 == 0 ? HandlingCode.C : HandlingCode.P,
                HandlingConditions = i % 3 == 0 ? "Not to be shared outside UK law enforcement without the region's agreement" : null,
                FullText = $"{title}. The source (named in the referral) described what they saw and sent the messages received. Details held on the partner's incident ticket.",
                SanitisedText = $"{title}. A partner reported activity consistent with this; indicators attached.",
                ThreatCategories = [category.ToString()],
                Sectors = [sector],
                ForceCodes = [forces[i % forces.Count]],
                RequirementIds = [requirements[i % requirements.Length].Id],
                Status = status,
                CreatedById = officerId,
                CreatedByName = officerName,
                CreatedAt = created,
                UpdatedAt = created,
            };
            report.Reference = IntelligenceDrafting.NewReference(report.Id, UkTime.DateOf(created));
            if (status != IntelligenceStatus.Draft)
            {
                report.SubmittedAt = created.AddDays(1);
                report.FirstSubmittedOn = UkTime.DateOf(created.AddDays(1));
            }

            if (status is IntelligenceStatus.Approved or IntelligenceStatus.Disseminated)
            {
                (report.ApprovedAt, report.ApprovedByName) = (created.AddDays(2), "Sam Supervisor");
                db.AddRange(IntelligenceQa.FacetsOf(report));
            }

            if (status == IntelligenceStatus.Disseminated)
            {
                db.Add(new IntelligenceDissemination
                {
                    ReportId = report.Id,
                    RegionCode = region,
                    Destination = DisseminationDestination.ForceIntelligenceUnit,
                    Recipient = "Derbyshire Constabulary Force Intelligence Bureau",
                    ReceivingReference = "FIB-2026-1187",
                    SanitisedOnly = false,
                    At = created.AddDays(3),
                    ByName = officerName,
                });
            }

            var indicator = IndicatorRules.Parse(subject, IntelligenceDrafting.SubjectTypes).Indicator!;
            db.Add(report);
            db.Add(new IntelligenceSubject { ReportId = report.Id, RegionCode = region, Type = indicator.Type, Value = indicator.Value, Key = indicator.SearchKey });
        }
    }

    /// <summary>
    /// Prevent demo cases for the Cyber Prevent officer: one awaiting deconfliction, some in work, closed ones with a
    /// review due, and consultations. Invented young people; nothing here is real.
    /// </summary>
    private static async Task SeedPreventAsync(ProtectHubDbContext db, DateTimeOffset now, List<string> forces)
    {
        const string region = DemoOptions.RegionCode;
        if (await db.Set<PreventCase>().IgnoreQueryFilters().AnyAsync(c => c.RegionCode == region))
        {
            return;
        }

        var officer = await db.Users.IgnoreQueryFilters().Where(u => u.Email == "officer.cyberprevent@demo.protecthub.test").Select(u => new { u.Id, u.DisplayName }).FirstAsync();
        var today = UkTime.DateOf(now);
        string[] first = ["Ash", "Bailey", "Casey", "Drew", "Eden", "Finley", "Harper", "Jordan", "Kai", "Logan", "Morgan", "Riley"];
        string[] last = ["Morris", "Patel", "Nowak", "Reid", "Singh", "Taylor", "Walsh", "Young", "Khan", "Price", "Hughes", "Bell"];
        var behaviours = Enum.GetValues<ConcernBehaviour>();
        for (var i = 0; i < 12; i++)
        {
            var referred = now.AddDays(-(3 + i * 17));
            var born = today.AddYears(-(12 + i % 6)).AddDays(-(i * 37 % 300));
            var status = i switch { 0 => PreventCaseStatus.AwaitingDeconfliction, 1 or 2 => PreventCaseStatus.ReadyForContact, < 8 => PreventCaseStatus.Active, _ => PreventCaseStatus.Closed };
            var id = Guid.CreateVersion7();
            var prevent = new PreventCase
            {
                Id = id,
                RegionCode = region,
                ForceCode = forces[i % forces.Count],
                Reference = $"PV-{UkTime.DateOf(referred):yyMM}-{id.ToString("N")[^6..].ToUpperInvariant()}",
                Source = (PreventSource)(i % 9),
                ReferrerName = i % 2 == 0 ? "Sam Safeguarding" : "PC Dana Okafor",
                ReferrerOrganisation = i % 2 == 0 ? $"{Places[i % 10]} Academy" : "Force cyber crime unit",
                FirstName = first[i],
                LastName = last[i],
                DateOfBirth = born,
                Gender = i % 3 == 0 ? "Female" : "Male",
                Town = Places[i % 10],
                SchoolName = $"{Places[i % 10]} Academy",
                Handles = [$"{(i % 2 == 0 ? "Discord" : "Steam")}: {first[i].ToLowerInvariant()}{i}x"],
                ParentCarerName = $"{first[(i + 5) % 12]} {last[i]}",
                ParentCarerRelationship = i % 2 == 0 ? "Mother" : "Father",
                Behaviour = behaviours[i % behaviours.Length],
                BehaviourLevel = (BehaviourLevel)(i % 3),
                Setting = (PreventSetting)(i % 4),
                Details = "Invented demo case: the referrer describes what they saw online.",
                AgeBandAtReferral = PreventNames.BandOf(ConsentRules.Age(born, UkTime.DateOf(referred))),
                Status = status,
                ReferredAt = referred,
                UpdatedAt = referred,
                AssignedToId = i == 0 ? null : officer.Id,
                AssignedToName = i == 0 ? null : officer.DisplayName,
            };
            if (status != PreventCaseStatus.AwaitingDeconfliction)
            {
                (prevent.Deconfliction, prevent.DeconflictionReference, prevent.DeconflictedAt, prevent.DeconflictedByName) =
                    (DeconflictionOutcome.Clear, $"INT-{2600 + i}", referred.AddDays(1), "Sue Supervisor");
            }

            if (status is PreventCaseStatus.Active or PreventCaseStatus.Closed)
            {
                var age = ConsentRules.Age(born, UkTime.DateOf(referred.AddDays(2)));
                (prevent.ConsentGivenBy, prevent.ConsentOn, prevent.ParentInformed) =
                    (age < 16 ? ConsentGivenBy.ParentOrCarer : ConsentGivenBy.Subject, UkTime.DateOf(referred.AddDays(2)), age is >= 16 and < 18 ? true : null);
                db.Add(new Intervention
                {
                    RegionCode = region,
                    CaseId = id,
                    Kind = (InterventionKind)(i % 7),
                    On = UkTime.DateOf(referred.AddDays(5)),
                    OfficerId = officer.Id,
                    OfficerName = officer.DisplayName,
                    Response = (SubjectResponse)(i % 3),
                    Notes = "Demo intervention.",
                    RecordedAt = referred.AddDays(5),
                });
            }

            if (status == PreventCaseStatus.Closed)
            {
                var closedAt = i == 11 ? now.AddMonths(-6).AddDays(-2) : referred.AddDays(30);
                (prevent.Outcome, prevent.ClosedAt) = ((PreventOutcome)(i % 5), closedAt);
                foreach (var months in CaseClosure.ReviewMonths)
                {
                    db.Add(new FollowUpReview
                    {
                        RegionCode = region,
                        CaseId = id,
                        Kind = months == 6 ? ReviewKind.SixMonths : ReviewKind.TwelveMonths,
                        DueOn = UkTime.DateOf(closedAt).AddMonths(months),
                        OfficerId = officer.Id,
                    });
                }
            }

            if (i == 4)
            {
                (prevent.SafeguardingRoute, prevent.SafeguardingReason, prevent.SafeguardingRaisedAt) =
                    (SafeguardingRoute.SchoolDsl, "Demo: worried about contact with older gamers", referred.AddDays(3));
            }

            db.Add(prevent);
        }

        for (var i = 0; i < 4; i++)
        {
            db.Add(new Consultation
            {
                RegionCode = region,
                ForceCode = forces[i % forces.Count],
                Source = (PreventSource)(i % 5),
                AgeBand = (AgeBand)(1 + i % 3),
                Behaviour = behaviours[(i * 3) % behaviours.Length],
                Platform = (OnlinePlatform)(i % 6),
                Setting = (PreventSetting)(i % 3),
                Concerns = "Demo: a teacher describes a pupil boasting about taking a game server offline.",
                Advice = "Talk to the pupil about the Computer Misuse Act; refer if it continues.",
                Decision = (ConsultationDecision)(i % 3),
                RecordedById = officer.Id,
                RecordedByName = officer.DisplayName,
                RecordedAt = now.AddDays(-(2 + i * 9)),
            });
        }
    }
}


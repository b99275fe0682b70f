using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Prevent;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

/// <summary>Cyber Prevent casework through the pages, on whichever database the run uses.</summary>
public sealed class PreventTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private TestUserBuilder PreventOfficer => _users.WithRoles(Role.Officer).WithTeams(Team.CyberPrevent);

    private TestUserBuilder PreventSupervisor => _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberPrevent);

    private DateOnly Today => factory.Time.UkToday();

    private static (string, string)[] Date(string prefix, DateOnly date) =>
        [($"{prefix}.Day", date.Day.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Month", date.Month.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Year", date.Year.ToString(CultureInfo.InvariantCulture))];

    private static (string, string)[] ReferralFields(string firstName, string lastName, DateOnly born, string handles = "Discord: n0scope") =>
    [
        ("Source", nameof(PreventSource.SchoolOrCollege)), ("ReferrerName", "Sam Safeguarding"), ("ReferrerOrganisation", "Trent Academy"),
        ("ReferrerEmail", "dsl@trent-academy.example.org"), ("FirstName", firstName), ("LastName", lastName), .. Date("DateOfBirth", born),
        ("ForceCode", "NOTTS"), ("Postcode", "ng1 5aa"), ("SchoolName", "Trent Academy"), ("Handles", handles),
        ("ParentCarerName", "Pat Parent"), ("ParentCarerRelationship", "Mother"), ("ParentCarerPhone", "07700 900 982"),
        ("Behaviour", nameof(ConcernBehaviour.DdosOrBooter)), ("BehaviourLevel", nameof(BehaviourLevel.LowLevelMisuse)),
        ("Setting", nameof(PreventSetting.School)), ("Details", "Bought booter time to knock a rival off a game server"),
    ];

    /// <summary>Refers a young person through the form; returns the case's id.</summary>
    private static async Task<Guid> ReferAsync(Session session, string firstName, string lastName, DateOnly born, string handles = "Discord: n0scope")
    {
        var response = await session.PostFormAsync("/prevent/cases/new", ReferralFields(firstName, lastName, born, handles));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task DeconflictAsync(Guid id, DeconflictionOutcome outcome = DeconflictionOutcome.Clear)
    {
        var supervisor = await Session.SignedInAsync(factory, await PreventSupervisor.BuildAsync());
        var response = await supervisor.PostFormAsync($"/prevent/cases/{id}/deconfliction", ("Outcome", outcome.ToString()), ("Reference", "INT-2026-0042"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Officer, Team.CyberProtect)]
    [InlineData(Role.Supervisor, Team.FraudProtect)]
    [InlineData(Role.NationalCoordinator, Team.CyberPrevent)]
    [InlineData(Role.SystemAdministrator, Team.CyberProtect)]
    public async Task OnlyTheCyberPreventTeam_OpensPrevent(Role role, Team team)
    {
        var outsider = await Session.SignedInAsync(factory, await _users.WithRoles(role).WithTeams(team).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync("/prevent")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync("/prevent/cases/new")).StatusCode);
        var member = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var (ok, home) = await member.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/prevent")).StatusCode);
        Assert.NotNull(home.QuerySelector("a[href='/prevent']"));
    }

    [Fact]
    public async Task AnotherRegionsCase_Answers404()
    {
        var ours = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var id = await ReferAsync(ours, "Kai", "Other", Today.AddYears(-14));
        var theirs = await Session.SignedInAsync(factory, await PreventOfficer.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/prevent/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/prevent/cases/{id}/consent")).StatusCode);
        var (_, list) = await theirs.GetAsync("/prevent?Q=Kai+Other");
        Assert.DoesNotContain("Kai Other", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consultation_TakesNoPersonalData_AndProceedingLeadsToAReferralLinkedToIt()
    {
        var session = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var (_, form) = await session.GetAsync("/prevent/consultations/new");
        Assert.Contains("No personal data is collected", form.TestId("no-personal-data")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("input[name='FirstName'], input[name='LastName'], input[name='DateOfBirth.Day']"));
        var missing = await session.PostFormAsync("/prevent/consultations/new", ("Source", nameof(PreventSource.Force)));
        var errors = (await Html.ParseAsync(missing)).ErrorSummary();
        Assert.Contains("Select the young person's age band", errors);
        Assert.Contains("Enter the team's advice", errors);
        var response = await session.PostFormAsync("/prevent/consultations/new", ("Source", nameof(PreventSource.ParentOrCarer)), ("AgeBand", nameof(AgeBand.From14To15)),
            ("Behaviour", nameof(ConcernBehaviour.GameCheatsSold)), ("Platform", nameof(OnlinePlatform.Roblox)), ("Setting", nameof(PreventSetting.Home)),
            ("Concerns", "Selling cheats to other players"), ("Advice", "Refer to Cyber Choices"), ("Decision", nameof(ConsultationDecision.ProceedToReferral)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var next = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/prevent/cases/new?consultationId=", next, StringComparison.Ordinal);
        var consultationId = Guid.Parse(next.Split('=')[1]);
        var referral = await session.PostFormAsync(next, ReferralFields("Ari", "Cheats", Today.AddYears(-15)).Append(("ConsultationId", consultationId.ToString())).ToArray()
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), formPage: next);
        Assert.Equal(HttpStatusCode.Redirect, referral.StatusCode);
        var caseId = Guid.Parse(referral.Headers.Location!.OriginalString.Split('/')[^1]);
        var consultation = await factory.WithDbAsync(db => db.Set<Consultation>().IgnoreQueryFilters().SingleAsync(c => c.Id == consultationId));
        Assert.Equal(caseId, consultation.CaseId);
        Assert.Equal(ConsultationDecision.ProceedToReferral, consultation.Decision);
    }

    [Fact]
    public async Task Referral_BadInput_SaysWhichFieldAndWhy_AndSavesNothing()
    {
        var session = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var fields = ReferralFields("Bo", "Broken", Today.AddDays(3), "Discord: ok\nMySpace: someone").Where(f => f.Item1 != "ReferrerName")
            .Append(("ParentCarerEmail", "pat@example")).ToArray();
        var response = await session.PostFormAsync("/prevent/cases/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Html.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Enter the referrer's name", errors);
        Assert.Contains("Date of birth must be in the past", errors);
        Assert.Contains(errors, e => e.StartsWith("Online handles line 2 ('MySpace: someone')", StringComparison.Ordinal));
        Assert.Contains("Enter the parent or carer's email address in the correct format, like name@example.com", errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PreventCase>().IgnoreQueryFilters().CountAsync(c => c.LastName == "Broken")));
    }

    [Fact]
    public async Task Deconfliction_IsNeededBeforeContact_AndOnlySupervisorsRecordIt()
    {
        var officer = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var id = await ReferAsync(officer, "Dee", "Conflict", Today.AddYears(-13));
        var (_, page) = await officer.GetAsync($"/prevent/cases/{id}");
        Assert.Equal("Awaiting deconfliction", page.TestId("status")!.TextContent.Trim());
        Assert.Null(page.TestId("add-intervention"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync($"/prevent/cases/{id}/deconfliction")).StatusCode);
        var early = await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new", [("Kind", nameof(InterventionKind.HomeOrSchoolVisit)), .. Date("On", Today), ("HowResponded", nameof(SubjectResponse.Engaged))]);
        Assert.Contains("A supervisor must record the deconfliction check before any intervention", (await Html.ParseAsync(early)).ErrorSummary());
        var consent = await officer.PostFormAsync($"/prevent/cases/{id}/consent", [("GivenBy", nameof(ConsentGivenBy.ParentOrCarer)), .. Date("On", Today)]);
        Assert.Contains("A supervisor must record the deconfliction check before anyone contacts the young person", (await Html.ParseAsync(consent)).ErrorSummary());

        await DeconflictAsync(id);
        (_, page) = await officer.GetAsync($"/prevent/cases/{id}");
        Assert.Equal("Ready for contact", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("INT-2026-0042", page.TestId("deconfliction")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubjectUnderInvestigation_IsClosedAtDeconfliction_AndTheReferrerIsToldInPlainWords()
    {
        var officer = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var id = await ReferAsync(officer, "Ivy", "Investigated", Today.AddYears(-17));
        await DeconflictAsync(id, DeconflictionOutcome.ActiveInvestigation);
        var (_, page) = await officer.GetAsync($"/prevent/cases/{id}");
        Assert.Equal("Closed", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("Subject to investigation", page.TestId("outcome")!.TextContent, StringComparison.Ordinal);
        var message = page.TestId("referrer-message")!.TextContent;
        Assert.Contains("not one the Cyber Prevent team can take on", message, StringComparison.Ordinal);
        Assert.DoesNotContain("investigation", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<FollowUpReview>().IgnoreQueryFilters().CountAsync(r => r.CaseId == id)));
    }

    [Fact]
    public async Task Consent_FollowsTheAge_OnTheDayBeforeAndOfThe16thBirthday()
    {
        var officer = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        // Sixteen tomorrow: still under 16 today.
        var sixteenTomorrow = await ReferAsync(officer, "Tom", "Morrow", Today.AddYears(-16).AddDays(1));
        await DeconflictAsync(sixteenTomorrow);
        var own = await officer.PostFormAsync($"/prevent/cases/{sixteenTomorrow}/consent", [("GivenBy", nameof(ConsentGivenBy.Subject)), .. Date("On", Today), ("ParentInformed", "yes")]);
        Assert.Contains("They are 15: under 16, a parent or carer must consent", (await Html.ParseAsync(own)).ErrorSummary());
        var byParent = await officer.PostFormAsync($"/prevent/cases/{sixteenTomorrow}/consent", [("GivenBy", nameof(ConsentGivenBy.ParentOrCarer)), .. Date("On", Today)]);
        Assert.Equal(HttpStatusCode.Redirect, byParent.StatusCode);

        // Sixteen today: their own consent, and a parent informed or the reason it would be unsafe.
        var sixteenToday = await ReferAsync(officer, "Tess", "Today", Today.AddYears(-16));
        await DeconflictAsync(sixteenToday);
        var parent = await officer.PostFormAsync($"/prevent/cases/{sixteenToday}/consent", [("GivenBy", nameof(ConsentGivenBy.ParentOrCarer)), .. Date("On", Today)]);
        Assert.Contains("They are 16: from 16 the young person gives their own consent", (await Html.ParseAsync(parent)).ErrorSummary());
        var silent = await officer.PostFormAsync($"/prevent/cases/{sixteenToday}/consent", [("GivenBy", nameof(ConsentGivenBy.Subject)), .. Date("On", Today)]);
        Assert.Contains("They are 16: say whether a parent or carer was informed, or why informing them would be unsafe", (await Html.ParseAsync(silent)).ErrorSummary());
        var unsafeToTell = await officer.PostFormAsync($"/prevent/cases/{sixteenToday}/consent",
            [("GivenBy", nameof(ConsentGivenBy.Subject)), .. Date("On", Today), ("ParentInformed", "no"), ("NotInformedReason", "Risk of harm at home")]);
        Assert.Equal(HttpStatusCode.Redirect, unsafeToTell.StatusCode);
        var (_, page) = await officer.GetAsync($"/prevent/cases/{sixteenToday}");
        Assert.Contains("parent or carer not informed: Risk of harm at home", page.TestId("consent")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", page.TestId("status")!.TextContent.Trim());
    }

    [Fact]
    public async Task SpecialCategory_IsHiddenFromOfficersNotAssigned_AndEveryViewIsAudited()
    {
        var assignedUser = await PreventOfficer.BuildAsync();
        var assigned = await Session.SignedInAsync(factory, assignedUser);
        var id = await ReferAsync(assigned, "Nia", "Diverse", Today.AddYears(-14));
        Assert.Equal(HttpStatusCode.Redirect, (await assigned.PostFormAsync($"/prevent/cases/{id}", [], handler: "Pick")).StatusCode);
        var saved = await assigned.PostFormAsync($"/prevent/cases/{id}/special-category", ("Neurodiversity", nameof(Neurodiversity.Autism)),
            ("Diagnosis", nameof(DiagnosisStatus.Suspected)), ("HealthNotes", "Anxious in new places"), ("LawfulBasis", nameof(SpecialCategoryBasis.SafeguardingChildren)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var other = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var (_, otherPage) = await other.GetAsync($"/prevent/cases/{id}");
        Assert.NotNull(otherPage.TestId("special-hidden"));
        Assert.DoesNotContain("Anxious in new places", otherPage.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Autism", otherPage.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/prevent/cases/{id}/special-category")).StatusCode);

        var supervisorUser = await PreventSupervisor.BuildAsync();
        var supervisor = await Session.SignedInAsync(factory, supervisorUser);
        var (_, managerPage) = await supervisor.GetAsync($"/prevent/cases/{id}");
        Assert.Contains("Anxious in new places", managerPage.TestId("special-category")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Autism (suspected)", managerPage.TestId("special-category")!.TextContent, StringComparison.Ordinal);

        var detailsId = await factory.WithDbAsync(db => db.Set<SpecialCategoryDetails>().IgnoreQueryFilters().Where(s => s.CaseId == id).Select(s => s.Id).SingleAsync());
        var views = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordType == "PreventSpecialCategory" && e.RecordId == detailsId.ToString() && e.Action == AuditAction.Viewed)
            .Select(e => e.ActorId).ToListAsync());
        Assert.Contains(supervisorUser.Id, views);
        Assert.DoesNotContain(assignedUser.Id, views); // Saving is recorded as a change, not a view.
        var (_, assignedPage) = await assigned.GetAsync($"/prevent/cases/{id}");
        Assert.Contains("Anxious in new places", assignedPage.TestId("special-category")!.TextContent, StringComparison.Ordinal);
        views = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordType == "PreventSpecialCategory" && e.RecordId == detailsId.ToString() && e.Action == AuditAction.Viewed)
            .Select(e => e.ActorId).ToListAsync());
        Assert.Contains(assignedUser.Id, views);
        Assert.True(await factory.WithDbAsync(db => db.Set<PreventCase>().IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.NeurodiversityFlagged).SingleAsync()));
    }

    [Fact]
    public async Task Intervention_ThenClosure_SchedulesReviewsAt6And12Months_DueOnTheOfficersHomePage()
    {
        var officerUser = await PreventOfficer.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var id = await ReferAsync(officer, "Rae", "Review", Today.AddYears(-15));
        await officer.PostFormAsync($"/prevent/cases/{id}", [], handler: "Pick");
        await DeconflictAsync(id);
        var early = await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new", [("Kind", nameof(InterventionKind.HomeOrSchoolVisit)), .. Date("On", Today), ("HowResponded", nameof(SubjectResponse.Engaged))]);
        Assert.Contains("Record a parent or carer's consent before any intervention: the young person is under 16", (await Html.ParseAsync(early)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/prevent/cases/{id}/consent", [("GivenBy", nameof(ConsentGivenBy.ParentOrCarer)), .. Date("On", Today)])).StatusCode);
        var future = await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new", [("Kind", nameof(InterventionKind.Mentoring)), .. Date("On", Today.AddDays(1)), ("HowResponded", nameof(SubjectResponse.Engaged))]);
        Assert.Contains("The date of the intervention must be today or in the past: record it once it has happened", (await Html.ParseAsync(future)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new",
            [("Kind", nameof(InterventionKind.HomeOrSchoolVisit)), .. Date("On", Today), ("HowResponded", nameof(SubjectResponse.Engaged)), ("Notes", "Talked through the law")])).StatusCode);
        // A group session at a school is linked to the engagement it was part of; another kind of intervention is not.
        var talk = await EngagementSteps.PlanAsync(officer, "Cyber Choices assembly", officerUser.Id);
        var talkId = talk.Split('/')[^1];
        var wrongKind = await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new",
            [("Kind", nameof(InterventionKind.Mentoring)), .. Date("On", Today), ("HowResponded", nameof(SubjectResponse.Engaged)), ("EngagementId", talkId)]);
        Assert.Contains("Only a group session at a school is linked to an engagement", (await Html.ParseAsync(wrongKind)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/prevent/cases/{id}/interventions/new",
            [("Kind", nameof(InterventionKind.GroupSessionAtSchool)), .. Date("On", Today), ("HowResponded", nameof(SubjectResponse.PartlyEngaged)), ("EngagementId", talkId)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/prevent/cases/{id}/close", ("Outcome", nameof(PreventOutcome.EngagedAndCompleted)))).StatusCode);

        var (_, page) = await officer.GetAsync($"/prevent/cases/{id}");
        Assert.Contains("Cyber Choices home or school visit", page.TestId("interventions")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.TestId("interventions")!.QuerySelector($"a[href='/engagements/{talkId}']"));
        var reviews = await factory.WithDbAsync(db => db.Set<FollowUpReview>().IgnoreQueryFilters().Where(r => r.CaseId == id).OrderBy(r => r.DueOn).ToListAsync());
        Assert.Equal([Today.AddMonths(6), Today.AddMonths(12)], reviews.Select(r => r.DueOn));
        Assert.All(reviews, r => Assert.Equal(officerUser.Id, r.OfficerId));
        var (_, home) = await officer.GetAsync("/");
        Assert.Null(home.TestId("prevent-reviews-due"));

        // Six months on, the first review is due on the officer's home page; recording it takes it off.
        await factory.WithDbAsync(async db =>
        {
            await db.Set<FollowUpReview>().IgnoreQueryFilters().Where(r => r.Id == reviews[0].Id).ExecuteUpdateAsync(r => r.SetProperty(x => x.DueOn, Today));
            return 0;
        });
        (_, home) = await officer.GetAsync("/");
        Assert.Contains("6-month review", home.TestId("prevent-reviews-due")!.TextContent, StringComparison.Ordinal);
        var done = await officer.PostFormAsync($"/prevent/cases/{id}/reviews/{reviews[0].Id}", ("ReReferred", nameof(ReviewAnswer.No)), ("Offended", nameof(ReviewAnswer.No)),
            ("Positive", nameof(PositiveOutcome.Course)));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        (_, home) = await officer.GetAsync("/");
        Assert.Null(home.TestId("prevent-reviews-due"));
        var notYet = await officer.PostFormAsync($"/prevent/cases/{id}/reviews/{reviews[1].Id}", ("ReReferred", nameof(ReviewAnswer.No)), ("Offended", nameof(ReviewAnswer.No)),
            ("Positive", nameof(PositiveOutcome.None)));
        Assert.Contains(await Html.ParseAsync(notYet) is var d ? d.ErrorSummary() : [], e => e.StartsWith("This review is not due until", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatReferral_OfTheSameYoungPerson_IsLinkedBothWays()
    {
        var officer = await Session.SignedInAsync(factory, await PreventOfficer.BuildAsync());
        var born = Today.AddYears(-15).AddDays(-40);
        var first = await ReferAsync(officer, "Jordan", "Repeatson", born, "Steam: r3peat");
        var second = await ReferAsync(officer, "Jordi", "Other-Name", born, "steam: R3PEAT");
        var (_, page) = await officer.GetAsync($"/prevent/cases/{second}");
        Assert.Contains("Referred before", page.Body!.TextContent, StringComparison.Ordinal);
        var others = page.TestId("other-cases")!;
        Assert.NotNull(others.QuerySelector($"a[href='/prevent/cases/{first}']"));
        Assert.Contains("handle Steam: r3peat", others.TextContent, StringComparison.Ordinal);
        (_, page) = await officer.GetAsync($"/prevent/cases/{first}");
        Assert.NotNull(page.TestId("other-cases")!.QuerySelector($"a[href='/prevent/cases/{second}']"));
        var unrelated = await ReferAsync(officer, "Jordan", "Repeatson", born.AddDays(1), "Xbox: someone");
        (_, page) = await officer.GetAsync($"/prevent/cases/{unrelated}");
        Assert.Null(page.TestId("other-cases"));
    }

    [Fact]
    public async Task Retention_AnonymisesClosedCasesOnceBothPeriodsHavePassed_AndKeepsThoseOfFurtherConcern()
    {
        await using var isolated = new ProtectHubFactory();
        var officer = await Session.SignedInAsync(isolated, await new TestUserBuilder(isolated).WithRoles(Role.Officer).WithTeams(Team.CyberPrevent).BuildAsync());
        var today = isolated.Time.UkToday();
        var adult = await ReferAsync(officer, "Old", "Enough", today.AddYears(-17));
        var child = await ReferAsync(officer, "Still", "Young", today.AddYears(-12));
        var concern = await ReferAsync(officer, "Re", "Offended", today.AddYears(-17));
        foreach (var id in new[] { adult, child, concern })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/prevent/cases/{id}/close", ("Outcome", nameof(PreventOutcome.Declined)))).StatusCode);
        }

        await isolated.WithDbAsync(async db =>
        {
            await db.Set<FollowUpReview>().IgnoreQueryFilters().Where(r => r.CaseId == concern).ExecuteUpdateAsync(r => r.SetProperty(x => x.Offended, ReviewAnswer.Yes));
            return 0;
        });
        var run = () => isolated.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("retention rule");
            return sp.GetRequiredService<PreventRetention>().RunAsync();
        });
        Assert.Equal(0, await run()); // Not two years since closure yet.
        isolated.Time.Advance(TimeSpan.FromDays(2 * 366));
        // The adult's; the child is not yet 18; the one who offended is kept. The daily job may apply the rule first
        // (moving the clock wakes it), so the count is of the two runs together, and each case is done once.
        Assert.InRange(await run(), 0, 1);
        var cases = await isolated.WithDbAsync(db => db.Set<PreventCase>().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id));
        Assert.NotNull(cases[adult].AnonymisedAt);
        Assert.Equal("", cases[adult].LastName);
        Assert.Null(cases[adult].DateOfBirth);
        Assert.Empty(cases[adult].Handles);
        Assert.Equal(AgeBand.From16To17, cases[adult].AgeBandAtReferral);
        Assert.Null(cases[child].AnonymisedAt);
        Assert.Null(cases[concern].AnonymisedAt);
        Assert.Equal(1, await isolated.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Erased && e.RecordId == adult.ToString())));
        Assert.Equal(0, await run());
    }
}

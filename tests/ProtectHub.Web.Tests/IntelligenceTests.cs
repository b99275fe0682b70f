using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

/// <summary>Intelligence reports through the pages, on whichever database the run uses; email through a real SMTP capture.</summary>
public sealed class IntelligenceTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private static int _codes;
    private readonly TestUserBuilder _users = new(factory);

    private TestUserBuilder ProtectOfficer => _users.WithRoles(Role.Officer).WithTeams(Team.CyberProtect);

    private TestUserBuilder ProtectSupervisor => _users.WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect);

    /// <summary>A national requirement, as the National Coordinator would add it.</summary>
    private async Task<IntelligenceRequirement> RequirementAsync(string? region = null)
    {
        var code = $"T-{Interlocked.Increment(ref _codes):000}-{Guid.NewGuid().ToString("N")[..4]}".ToUpperInvariant();
        var requirement = new IntelligenceRequirement
        {
            Code = code,
            Title = "Phishing infrastructure " + code,
            Priority = RequirementPriority.High,
            Owner = "NCCU",
            ReviewOn = new DateOnly(2027, 6, 30),
            RegionCode = region,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Add(requirement);
            return await db.SaveChangesAsync();
        });
        return requirement;
    }

    private static (string, string)[] CompleteReport(string title, Guid requirement, string handling = "P", string subjects = "evil[.]example\n203.0.113.45") =>
    [
        ("Title", title), ("OwningTeam", nameof(Team.CyberProtect)), ("SourceType", nameof(IntelligenceSourceType.IndustryPartner)),
        ("SourceDescription", "Jo Bloggs, IT manager at Trent Tools"), ("SourceEvaluation", nameof(SourceEvaluation.Untested)), ("Assessment", "B"),
        ("Handling", handling), .. handling == "C" ? [("HandlingConditions", "UK law enforcement only")] : Array.Empty<(string, string)>(),
        ("FullText", "Jo Bloggs at Trent Tools received 40 emails from evil.example asking for invoice payment."),
        ("SanitisedText", "A manufacturer received phishing emails asking for invoice payment."), ("Subjects", subjects),
        ("ThreatCategories", nameof(ThreatCategory.Phishing)), ("ForceCodes", "NOTTS"), ("Sectors", "C"), ("RequirementIds", requirement.ToString()),
    ];

    private static async Task<Guid> WriteAsync(Session session, IEnumerable<(string, string)> fields)
    {
        var response = await session.PostFormAsync("/intelligence/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static async Task SubmitAsync(Session session, Guid id)
    {
        var response = await session.PostFormAsync($"/intelligence/{id}", [], handler: "Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
    }

    private static async Task ApproveAsync(Session supervisor, Guid id)
    {
        var response = await supervisor.PostFormAsync($"/intelligence/{id}/qa", [new("Checks", "grading"), new("Checks", "handling"), new("Checks", "sanitisation")], handler: "Approve");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary()));
    }

    /// <summary>A report written, submitted and approved; returns its id.</summary>
    private async Task<Guid> ApprovedReportAsync(Session officer, string title, string handling = "P", string subjects = "evil[.]example\n203.0.113.45")
    {
        var requirement = await RequirementAsync();
        var id = await WriteAsync(officer, CompleteReport(title, requirement.Id, handling, subjects));
        await SubmitAsync(officer, id);
        await ApproveAsync(await Session.SignedInAsync(factory, await ProtectSupervisor.BuildAsync()), id);
        return id;
    }

    [Theory]
    [InlineData(Role.NationalCoordinator)]
    [InlineData(Role.SystemAdministrator)]
    [InlineData(Role.RegionalAdministrator)]
    public async Task OnlyOfficersAndTheirManagers_OpenIntelligence(Role role)
    {
        var outsider = await Session.SignedInAsync(factory, await _users.WithRoles(role).WithTeams(Team.CyberProtect).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync("/intelligence")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Client.GetAsync("/intelligence/new")).StatusCode);
        var officer = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).WithTeams(Team.FraudProtect).BuildAsync());
        var (ok, home) = await officer.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync("/intelligence")).StatusCode);
        Assert.NotNull(home.QuerySelector("a[href='/intelligence']"));
    }

    [Fact]
    public async Task Draft_BadInput_SaysWhichFieldAndLineAndWhy_AndSavesNothing()
    {
        var session = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var requirement = await RequirementAsync();
        var fields = CompleteReport("Broken report", requirement.Id, subjects: "evil[.]example\n999.1.2.3\nhash: abc123")
            .Where(f => f.Item1 != "FullText").Append(("HandlingConditions", "Only with consent")).Append(("ForceCodes", "WMP")).ToArray();
        var response = await session.PostFormAsync("/intelligence/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Html.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Enter the intelligence in full", errors);
        Assert.Contains("Conditions are written only for handling code C: choose C, or remove the conditions", errors);
        Assert.Contains("Select force areas in your region", errors);
        Assert.Contains(errors, e => e.StartsWith("Subjects line 2 ('999.1.2.3'): not recognised", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("; Subjects line 3 ('hash: abc123'): not a file hash", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<IntelligenceReport>().IgnoreQueryFilters().CountAsync(r => r.Title == "Broken report")));
    }

    [Fact]
    public async Task Title_ShownInLists_MustNotNameAnyone()
    {
        var session = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var fields = CompleteReport("Phishing reported by Sarah Jones of Trent Tools", (await RequirementAsync()).Id);
        var response = await session.PostFormAsync("/intelligence/new", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Contains((await Html.ParseAsync(response)).ErrorSummary(),
            e => e.StartsWith("The title is shown in lists, so it must not identify anyone: it holds what looks like a person's name ('Sarah Jones')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workflow_DraftSubmittedApprovedByAnotherSupervisor_ThenImmutable()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var requirement = await RequirementAsync();
        // A draft without grading, sanitised text or requirement is saved, but cannot be submitted.
        var id = await WriteAsync(officer, [("Title", "Partial report"), ("OwningTeam", nameof(Team.CyberProtect)), ("FullText", "Seen on a forum: a booter for sale")]);
        var early = await officer.PostFormAsync($"/intelligence/{id}", [], handler: "Submit");
        var errors = (await Html.ParseAsync(early)).ErrorSummary();
        Assert.Contains("Select the source evaluation (1, 2 or 3)", errors);
        Assert.Contains("Select the handling code (P or C)", errors);
        Assert.Contains("Enter the sanitised text, fit to share", errors);
        Assert.Contains("Select the intelligence requirements the report answers", errors);

        var edit = await officer.PostFormAsync($"/intelligence/{id}/edit", CompleteReport("Partial report", requirement.Id, "C").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await SubmitAsync(officer, id);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync($"/intelligence/{id}/qa")).StatusCode);

        // A supervisor who wrote the report may not approve it; another must, with each check confirmed.
        var supervisorUser = await ProtectSupervisor.BuildAsync();
        var supervisor = await Session.SignedInAsync(factory, supervisorUser);
        var unchecked_ = await supervisor.PostFormAsync($"/intelligence/{id}/qa", [new("Checks", "grading")], handler: "Approve");
        Assert.Contains("Confirm you have checked the grading, the handling code and the sanitised text", (await Html.ParseAsync(unchecked_)).ErrorSummary());
        await ApproveAsync(supervisor, id);
        var (_, page) = await officer.GetAsync($"/intelligence/{id}");
        Assert.Equal("Approved", page.TestId("status")!.TextContent.Trim());
        Assert.Equal("2/B/C", page.TestId("grading")!.TextContent.Trim());
        Assert.Contains("UK law enforcement only", page.TestId("handling")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.TestId("edit"));

        // Approved: no page changes it, and no code path either.
        var late = await officer.PostFormAsync($"/intelligence/{id}/edit", CompleteReport("Changed after approval", requirement.Id).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)),
            formPage: $"/intelligence/{id}/disseminate");
        Assert.Contains("only a draft can be changed", string.Join(" ", (await Html.ParseAsync(late)).ErrorSummary()), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var report = await db.Set<IntelligenceReport>().IgnoreQueryFilters().SingleAsync(r => r.Id == id);
            report.FullText = "Rewritten";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("is approved and cannot be changed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<IntelligenceFacet>().IgnoreQueryFilters().CountAsync(f => f.ReportId == id && f.Kind == FacetKind.Report)));
    }

    [Fact]
    public async Task SendBack_ReturnsTheDraftWithTheReason()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var id = await WriteAsync(officer, CompleteReport("Needs work", (await RequirementAsync()).Id));
        await SubmitAsync(officer, id);
        var supervisor = await Session.SignedInAsync(factory, await ProtectSupervisor.BuildAsync());
        var empty = await supervisor.PostFormAsync($"/intelligence/{id}/qa", [], handler: "SendBack");
        Assert.Contains("Enter what the author must put right", (await Html.ParseAsync(empty)).ErrorSummary());
        var sent = await supervisor.PostFormAsync($"/intelligence/{id}/qa", [new("Reason", "The sanitised text still names the town")], handler: "SendBack");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var (_, page) = await officer.GetAsync($"/intelligence/{id}");
        Assert.Equal("Draft", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("The sanitised text still names the town", page.TestId("returned")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_IsANewEditionThatReplacesTheOldWhenApproved_AndCountsOnce()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var first = await ApprovedReportAsync(officer, "Report to correct");
        var noReason = await officer.PostFormAsync($"/intelligence/{first}/correct");
        Assert.Contains("Enter what the correction changes", (await Html.ParseAsync(noReason)).ErrorSummary());
        var started = await officer.PostFormAsync($"/intelligence/{first}/correct", ("Reason", "Wrong IP address"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var second = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[^2]);
        var (_, old) = await officer.GetAsync($"/intelligence/{first}");
        Assert.Null(old.TestId("superseded"));
        var requirement = await factory.WithDbAsync(db => db.Set<IntelligenceReport>().IgnoreQueryFilters().Where(r => r.Id == first).Select(r => r.RequirementIds).SingleAsync());
        var edit = await officer.PostFormAsync($"/intelligence/{second}/edit",
            CompleteReport("Report to correct", requirement[0], subjects: "evil[.]example\n203.0.113.46").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await SubmitAsync(officer, second);
        await ApproveAsync(await Session.SignedInAsync(factory, await ProtectSupervisor.BuildAsync()), second);

        (_, old) = await officer.GetAsync($"/intelligence/{first}");
        Assert.NotNull(old.TestId("superseded"));
        var (_, current) = await officer.GetAsync($"/intelligence/{second}");
        Assert.Contains("Wrong IP address", current.TestId("correction-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Edition 1", current.TestId("editions")!.TextContent, StringComparison.Ordinal);
        var counted = await factory.WithDbAsync(db => db.Set<IntelligenceFacet>().IgnoreQueryFilters().Where(f => f.Kind == FacetKind.Report && (f.ReportId == first || f.ReportId == second))
            .Select(f => f.ReportId).ToListAsync());
        Assert.Equal([second], counted);
    }

    [Fact]
    public async Task OtherTeams_SeeTheSanitisedTextOnly_UnlessHandlingAllows_AndNeverTheSource()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var restricted = await ApprovedReportAsync(officer, "Restricted report", handling: "C");
        var open = await ApprovedReportAsync(officer, "Open report", handling: "P");
        var fraud = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).WithTeams(Team.FraudProtect).BuildAsync());

        var (_, page) = await fraud.GetAsync($"/intelligence/{restricted}");
        Assert.Null(page.TestId("full-text"));
        Assert.Contains("A manufacturer received phishing emails", page.TestId("sanitised-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Withheld", page.TestId("source")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Bloggs", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await fraud.Client.GetAsync($"/intelligence/{restricted}/export?format=Json")).StatusCode);

        (_, page) = await fraud.GetAsync($"/intelligence/{open}");
        Assert.Contains("Jo Bloggs at Trent Tools", page.TestId("full-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Withheld", page.TestId("source")!.TextContent, StringComparison.Ordinal);

        (_, page) = await officer.GetAsync($"/intelligence/{restricted}");
        Assert.Contains("Jo Bloggs, IT manager at Trent Tools", page.TestId("source")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jo Bloggs at Trent Tools", page.TestId("full-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("evil[.]example", page.TestId("subjects")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportForSharing_CarriesTheSanitisedTextOnly_AndEveryExportIsAudited()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var id = await ApprovedReportAsync(officer, "Export report", subjects: "evil[.]example\norganisation: Trent Tools Ltd");
        var shared = await officer.Client.GetAsync($"/intelligence/{id}/export?format=Json&sharing=true");
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        using var json = JsonDocument.Parse(await shared.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(IntelligenceExport.Format, root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("markedForSharing").GetBoolean());
        Assert.Equal("A manufacturer received phishing emails asking for invoice payment.", root.GetProperty("text").GetString());
        Assert.False(root.TryGetProperty("source", out _));
        Assert.False(root.TryGetProperty("disseminations", out _));
        Assert.Equal("2/B/P", root.GetProperty("grading").GetProperty("code").GetString());
        var subjects = root.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("defanged").GetString()).ToList();
        Assert.Equal(["evil[.]example"], subjects);
        var raw = await shared.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Jo Bloggs", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Trent Tools Ltd", raw, StringComparison.Ordinal);

        var full = await officer.Client.GetAsync($"/intelligence/{id}/export?format=Csv");
        var csv = await full.Content.ReadAsStringAsync();
        Assert.Contains("Jo Bloggs at Trent Tools", csv, StringComparison.Ordinal);
        Assert.Contains("subject,Organisation: Trent Tools Ltd", csv, StringComparison.Ordinal);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == id.ToString() && e.Action == AuditAction.Disclosed).Select(e => e.Details).ToListAsync());
        Assert.Contains(audited, d => d!.Contains("JSON, marked for sharing", StringComparison.Ordinal));
        Assert.Contains(audited, d => d!.Contains("CSV, in full", StringComparison.Ordinal));
        var viewed = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordId == id.ToString() && e.Action == AuditAction.Viewed));
        Assert.True(viewed > 0, "opening the report must be audited");
    }

    [Fact]
    public async Task Dissemination_IsRecordedWithTheReceivingReference_AndAuditedAsADisclosure()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var id = await ApprovedReportAsync(officer, "Report to disseminate");
        var missing = await officer.PostFormAsync($"/intelligence/{id}/disseminate", ("Destination", nameof(DisseminationDestination.ForceIntelligenceUnit)));
        var errors = (await Html.ParseAsync(missing)).ErrorSummary();
        Assert.Contains("Enter the receiving system's reference", errors);
        var response = await officer.PostFormAsync($"/intelligence/{id}/disseminate", ("Destination", nameof(DisseminationDestination.ForceIntelligenceUnit)),
            ("Recipient", "Nottinghamshire Police FIB"), ("ReceivingReference", "NPFIB-2026-0099"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await officer.GetAsync($"/intelligence/{id}");
        Assert.Equal("Disseminated", page.TestId("status")!.TextContent.Trim());
        Assert.Contains("NPFIB-2026-0099", page.TestId("disseminations")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == id.ToString() && e.Action == AuditAction.Disclosed && e.Details!.Contains("NPFIB-2026-0099"))));
    }

    [Fact]
    public async Task SubjectSearch_FindsExactValues_DomainsWithSubdomains_NetworksAndPrefixes()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await WriteAsync(officer, CompleteReport("Search report " + tag, (await RequirementAsync()).Id,
            subjects: $"mail.{tag}-bad.example\n198.51.100.77\nhash: {new string('a', 58)}{tag}\nhxxps://login.{tag}-bad.example/path"));
        async Task<bool> FindsAsync(string query)
        {
            var (_, list) = await officer.GetAsync($"/intelligence?Subject={Uri.EscapeDataString(query)}");
            return list.TestId("reports")?.QuerySelector($"a[href='/intelligence/{id}']") is not null;
        }

        Assert.True(await FindsAsync($"{tag}-bad[.]example"), "a domain finds its subdomains");
        Assert.True(await FindsAsync("198.51.100.0/24"), "a network finds its addresses");
        Assert.True(await FindsAsync("198.51.100"), "a partial address finds the addresses it starts");
        Assert.True(await FindsAsync("198.51.100.77"), "an address finds itself");
        Assert.True(await FindsAsync(new string('a', 58)), "the start of a hash finds it");
        Assert.False(await FindsAsync("198.51.101.0/24"), "another network does not");
        Assert.False(await FindsAsync($"other-{tag}-bad.example"), "a longer domain is not a subdomain");
    }

    [Fact]
    public async Task AnotherRegionsReport_Answers404()
    {
        var ours = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var id = await WriteAsync(ours, CompleteReport("Our region's report", (await RequirementAsync()).Id));
        var theirs = await Session.SignedInAsync(factory, await ProtectOfficer.InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/intelligence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Client.GetAsync($"/intelligence/{id}/export?format=Json&sharing=true")).StatusCode);
        var (_, list) = await theirs.GetAsync("/intelligence?Subject=evil.example");
        Assert.Null(list.QuerySelector($"a[href='/intelligence/{id}']"));
    }

    [Fact]
    public async Task Requirements_CoordinatorsAddTheRegionsOwn_AndCoverageCountsApprovedReports()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var code = "EM-T-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var fields = new (string, string)[] { ("Code", code), ("RequirementTitle", "Attacks on regional hauliers"), ("Priority", "High"), ("Owner", "EMSOU"),
            ("ReviewOn.Day", "1"), ("ReviewOn.Month", "6"), ("ReviewOn.Year", "2027") };
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync("/intelligence/requirements", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), handler: "Add")).StatusCode);
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).WithTeams(Team.CyberProtect).BuildAsync());
        var pastReview = await coordinator.PostFormAsync("/intelligence/requirements", fields.Where(f => f.Item1 != "ReviewOn.Year").Append(("ReviewOn.Year", "2020"))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), handler: "Add");
        Assert.Contains("The review date must be today or in the future", (await Html.ParseAsync(pastReview)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/intelligence/requirements", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), handler: "Add")).StatusCode);
        var requirement = await factory.WithDbAsync(db => db.Set<IntelligenceRequirement>().SingleAsync(r => r.Code == code));
        Assert.Equal("EM", requirement.RegionCode);

        var (_, coverage) = await officer.GetAsync("/intelligence/coverage");
        Assert.Equal("0", coverage.TestId($"total-{code}")!.TextContent.Trim());
        Assert.Contains(code, coverage.TestId("uncovered")!.TextContent, StringComparison.Ordinal);
        var id = await WriteAsync(officer, CompleteReport("Haulier report", requirement.Id));
        await SubmitAsync(officer, id);
        await ApproveAsync(await Session.SignedInAsync(factory, await ProtectSupervisor.BuildAsync()), id);
        (_, coverage) = await officer.GetAsync("/intelligence/coverage");
        Assert.Equal("1", coverage.TestId($"total-{code}")!.TextContent.Trim());

        // Another region neither sees nor may answer it.
        var (_, theirs) = await (await Session.SignedInAsync(factory, await ProtectOfficer.InRegion("NW").BuildAsync())).GetAsync("/intelligence/requirements");
        Assert.DoesNotContain(code, theirs.TestId("requirements")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalRequirements_AreSetByTheNationalCoordinator_AndEveryRegionAnswersThem()
    {
        var national = await Session.SignedInAsync(factory, await _users.WithRoles(Role.NationalCoordinator).WithTeams().BuildAsync());
        var code = "NIR-T" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var fields = new (string, string)[] { ("Code", code), ("RequirementTitle", "Cryptocurrency investment scams"), ("Priority", "Medium"), ("Owner", "NFIB"),
            ("ReviewOn.Day", "31"), ("ReviewOn.Month", "3"), ("ReviewOn.Year", "2027") };
        var missing = await national.PostFormAsync("/national/intelligence", fields.Where(f => f.Item1 != "Owner").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), handler: "Add");
        Assert.Contains("Enter who owns the requirement", (await Html.ParseAsync(missing)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await national.PostFormAsync("/national/intelligence", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), handler: "Add")).StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<IntelligenceRequirement>().Where(r => r.Code == code).Select(r => r.RegionCode).SingleAsync()));
        foreach (var region in (string[])["EM", "NW"])
        {
            var (_, page) = await (await Session.SignedInAsync(factory, await ProtectOfficer.InRegion(region).BuildAsync())).GetAsync("/intelligence/requirements");
            Assert.Contains(code, page.TestId("requirements")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThreatPicture_CountsApprovedReports_AndTheNationalCoordinatorSeesCountsOnly()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var (_, before) = await officer.GetAsync("/intelligence/picture");
        var phishingBefore = CountIn(before, "section-by-threat-category", "Phishing");
        await ApprovedReportAsync(officer, "Picture report");
        var (_, after) = await officer.GetAsync("/intelligence/picture");
        Assert.Equal(phishingBefore + 1, CountIn(after, "section-by-threat-category", "Phishing"));
        Assert.NotNull(after.TestId("chart-reports"));

        var national = await Session.SignedInAsync(factory, await _users.WithRoles(Role.NationalCoordinator).WithTeams().BuildAsync());
        var (response, page) = await national.GetAsync("/national/intelligence");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(CountIn(page, "national-intelligence", "East Midlands") >= 1);
        Assert.DoesNotContain("Picture report", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricCatalogue_IntelligenceSources_CountApprovedReportsOnce_ByRequirement_AndDrillDownToTheReports()
    {
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var id = await ApprovedReportAsync(officer, "Metric report");
        var requirement = await factory.WithDbAsync(db => db.Set<IntelligenceReport>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.RequirementIds).SingleAsync());
        var key = "intel-" + Guid.NewGuid().ToString("N")[..6];
        var reports = new ProtectHub.Core.Performance.MetricDefinition
        {
            Key = key,
            Name = "Intelligence reports submitted",
            Definition = "Approved reports first submitted in the quarter",
            Unit = "reports",
            Source = ProtectHub.Core.Performance.MetricSource.IntelligenceReports,
            Measure = ProtectHub.Core.Performance.MetricMeasure.Count,
            Breakdowns = ["SourceType", "FromIndustry"],
        };
        var byRequirement = new ProtectHub.Core.Performance.MetricDefinition
        {
            Key = key + "-req",
            Name = "Requirements answered",
            Definition = "Requirements answered by the quarter's reports",
            Unit = "answers",
            Source = ProtectHub.Core.Performance.MetricSource.IntelligenceRequirements,
            Measure = ProtectHub.Core.Performance.MetricMeasure.Count,
            Breakdowns = ["Requirement"],
        };
        foreach (var metric in new[] { reports, byRequirement })
        {
            Assert.Empty(await factory.WithServicesAsync(sp =>
            {
                sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("coordinator");
                return sp.GetRequiredService<ProtectHub.Core.Performance.MetricCatalogue>().SaveAsync(metric);
            }));
        }

        var quarter = ProtectHub.Core.Performance.FinancialQuarter.Containing(factory.Time.UkToday());
        async Task<ProtectHub.Core.Performance.ReturnFigures> FiguresAsync() => await factory.WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(Guid.NewGuid(), "head", "EM", [Role.HeadOfUnit], null);
            return sp.GetRequiredService<ProtectHub.Core.Performance.MetricEngine>().ComputeAsync("EM", ProtectHub.Core.Performance.MetricScope.For(quarter), [reports, byRequirement]);
        });
        var before = await FiguresAsync();
        var requirementRow = before.Metric(byRequirement.Key)!.Breakdowns.Single().Rows.Single(r => r.Key == requirement[0].ToString());
        Assert.Equal(1.0, requirementRow.Value.Value);
        Assert.Contains("Phishing infrastructure", requirementRow.Label, StringComparison.Ordinal);
        var approvedInRegion = await factory.WithDbAsync(db => db.Set<IntelligenceReport>().IgnoreQueryFilters().CountAsync(r => r.RegionCode == "EM"
            && r.SupersededById == null && (r.Status == IntelligenceStatus.Approved || r.Status == IntelligenceStatus.Disseminated)));
        Assert.Equal((double)approvedInRegion, before.Metric(reports.Key)!.Total.Value);
        Assert.Contains(before.Metric(reports.Key)!.Breakdowns.Single(b => b.Field == "SourceType").Rows, r => r.Label == "Industry partner");

        // A correction replaces the report: the figure does not change.
        var started = await officer.PostFormAsync($"/intelligence/{id}/correct", ("Reason", "Typo"));
        var second = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[^2]);
        await SubmitAsync(officer, second);
        await ApproveAsync(await Session.SignedInAsync(factory, await ProtectSupervisor.BuildAsync()), second);
        var after = await FiguresAsync();
        Assert.Equal(before.Metric(reports.Key)!.Total.Value, after.Metric(reports.Key)!.Total.Value);

        var (_, drill) = await officer.GetAsync($"/performance/records?metric={byRequirement.Key}&quarter={quarter.Code}&field=Requirement&value={requirement[0]}");
        Assert.Equal("1 record", drill.TestId("record-count")!.TextContent.Trim());
        Assert.NotNull(drill.QuerySelector($"a[href='/intelligence/{second}']"));
    }

    private static int CountIn(AngleSharp.Dom.IDocument page, string table, string row) =>
        page.TestId(table)?.QuerySelectorAll("tr").FirstOrDefault(r => r.QuerySelector("th")?.TextContent.Trim() == row)?.QuerySelectorAll("td")[^1].TextContent.Trim() is { } total
            ? int.Parse(total, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [Fact]
    public async Task IndustrySubmission_ArrivesAsADraftWithProvenance_AcknowledgedByEmail_AndTheLinkCanBeRevoked()
    {
        var organisation = new Organisation { RegionCode = "EM", Name = "Trent Tools " + Guid.NewGuid().ToString("N")[..6], NormalisedName = "trent tools", ForceCode = "NOTTS" };
        await factory.WithDbAsync(async db =>
        {
            db.Add(organisation);
            return await db.SaveChangesAsync();
        });
        var officer = await Session.SignedInAsync(factory, await ProtectOfficer.BuildAsync());
        var created = await officer.PostFormAsync("/intelligence/links", [new("OrganisationId", organisation.Id.ToString())], handler: "Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, links) = await officer.GetAsync("/intelligence/links");
        var url = new Uri(links.TestId("new-link")!.TextContent.Trim());
        var (_, again) = await officer.GetAsync("/intelligence/links");
        Assert.Null(again.TestId("new-link")); // Shown once.
        var secret = url.AbsolutePath.Split('/')[^1];
        Assert.True(await factory.WithDbAsync(db => db.Set<PartnerLink>().IgnoreQueryFilters().AnyAsync(l => l.TokenHash == PartnerLinks.HashOf(secret))));
        Assert.False(await factory.WithDbAsync(db => db.Set<PartnerLink>().IgnoreQueryFilters().AnyAsync(l => l.TokenHash == secret)), "only the token's hash is kept");

        var partner = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/intelligence/submit/not-a-real-token")).StatusCode);
        var form = await partner.GetAsync(url.AbsolutePath);
        var formPage = await Html.ParseAsync(form);
        Assert.Contains(organisation.Name, formPage.Body!.TextContent, StringComparison.Ordinal);
        var token = formPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        HttpContent Body(byte[] attachment, string name) => new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Jo Bloggs"), "Name" }, { new StringContent("jo@trent-tools.example"), "Email" },
            { new StringContent(nameof(IndustrySubmissionKind.PhishingCampaign)), "Kind" }, { new StringContent("Staff received fake invoices from billing@invoices-now.example"), "Description" },
            { new StringContent("invoices-now[.]example\nbilling@invoices-now.example"), "Indicators" }, { new ByteArrayContent(attachment), "Attachments", name },
        };
        var refused = await partner.PostAsync(url.AbsolutePath, Body("MZ\0\0this is a program"u8.ToArray(), "invoice.pdf.exe"));
        Assert.Contains("'invoice.pdf.exe' must be a PDF, a PNG or JPEG image, or a text file", (await Html.ParseAsync(refused)).ErrorSummary());
        var tooBig = await partner.PostAsync(url.AbsolutePath, Body(new byte[IndustrySubmissions.MaxAttachmentBytes + 10], "huge.txt"));
        Assert.Contains("'huge.txt' must be smaller than 5 MB", (await Html.ParseAsync(tooBig)).ErrorSummary());
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var sent = await partner.PostAsync(url.AbsolutePath, Body(png, "screenshot.png"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/intelligence/submitted", sent.Headers.Location!.OriginalString);

        var report = await factory.WithDbAsync(db => db.Set<IntelligenceReport>().IgnoreQueryFilters().SingleAsync(r => r.SourceOrganisationId == organisation.Id));
        Assert.Equal(IntelligenceStatus.Draft, report.Status);
        Assert.Equal(IntelligenceSourceType.IndustryPartner, report.SourceType);
        Assert.Contains("secure submission link", report.SourceDescription, StringComparison.Ordinal);
        var (_, details) = await officer.GetAsync($"/intelligence/{report.Id}");
        Assert.Contains("invoices-now[.]example", details.TestId("subjects")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("screenshot.png", details.TestId("attachments")!.TextContent, StringComparison.Ordinal);
        var messages = await factory.Smtp.MessagesAsync();
        var acknowledgement = messages.Single(m => m.To.ToString().Contains("jo@trent-tools.example", StringComparison.Ordinal));
        Assert.Contains(report.Reference, acknowledgement.Subject, StringComparison.Ordinal);

        var feedback = await officer.PostFormAsync($"/intelligence/{report.Id}/feedback", ("Feedback", "Thank you: we warned 40 firms."));
        Assert.Equal(HttpStatusCode.Redirect, feedback.StatusCode);
        messages = await factory.Smtp.MessagesAsync(2);
        Assert.Contains(messages, m => (m.TextBody ?? "").Contains("we warned 40 firms", StringComparison.Ordinal));

        var link = await factory.WithDbAsync(db => db.Set<PartnerLink>().IgnoreQueryFilters().SingleAsync(l => l.OrganisationId == organisation.Id));
        Assert.Equal(1, link.Submissions);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/intelligence/links", [new("LinkId", link.Id.ToString())], handler: "Revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(url.AbsolutePath)).StatusCode);
    }
}

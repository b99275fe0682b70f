using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Tests;

/// <summary>The return workflow, snapshots, exports, the national view and the catalogue, on a database of their own.</summary>
public sealed class PerformanceReturnTests(PerformanceFactory factory) : IClassFixture<PerformanceFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static async Task<string> StartDraftAsync(Session session, string? force = null, FinancialQuarter? quarter = null)
    {
        var response = await session.PostFormAsync("/performance/returns", [F("Quarter", (quarter ?? PerformanceFixture.Quarter).Code), F("ForceCode", force ?? "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Narrative_SavedByTwoOfficersFromTheSameVersion_SecondIsShownTheConflictAndNothingIsLost()
    {
        await factory.SeededAsync();
        var first = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).BuildAsync());
        var second = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).BuildAsync());
        var url = await StartDraftAsync(first, force: "DERBYSHIRE");
        var (_, page) = await first.GetAsync(url);
        var loaded = page.QuerySelector("form input[name='Version']")!.GetAttribute("value")!;

        await second.PostFormAsync(url, [F("Highlights", "Schools week in Derby"), F("Risks", ""), F("Lessons", ""), F("Version", loaded)], handler: "Narrative");
        var conflict = await Html.ParseAsync(await first.PostFormAsync(url, [F("Highlights", "Record SME reach"), F("Risks", ""), F("Lessons", ""), F("Version", loaded)], handler: "Narrative"));

        Assert.NotNull(conflict.TestId("edit-conflict"));
        Assert.Contains("Highlights|Schools week in Derby|Record SME reach", conflict.TestId("edit-conflict-differences")!.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        var (_, after) = await first.GetAsync(url);
        Assert.Equal("Schools week in Derby", after.QuerySelector("textarea[name='Highlights']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Review_ByACoordinator_IsAllowedAsTheRoleTableSays()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).BuildAsync());
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());
        var url = await StartDraftAsync(officer, force: "NORTHANTS");

        var (_, draft) = await coordinator.GetAsync(url);
        Assert.NotNull(draft.TestId("review")); // The step is offered...
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(url, [], handler: "Advance&to=Reviewed")).StatusCode); // ...and taken.
        var (_, reviewed) = await officer.GetAsync(url);
        Assert.Equal("Reviewed", reviewed.TestId("return-status")!.TextContent);
    }

    [Fact]
    public async Task Workflow_DraftReviewApproveSubmit_EachByTheRightRole_ThenFrozenAndComparedWithALaterDraft()
    {
        var seeded = await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Officer).BuildAsync());
        var supervisor = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Supervisor).BuildAsync());
        var head = await Session.SignedInAsync(factory, await _users.WithRoles(Role.HeadOfUnit).BuildAsync());

        var url = await StartDraftAsync(officer);
        var (_, draft) = await officer.GetAsync(url);
        Assert.Equal("Draft", draft.TestId("return-status")!.TextContent);
        Assert.Equal("3", draft.TestId("total-engagements-delivered")!.TextContent);
        Assert.Null(draft.TestId("review")); // an officer is offered no workflow step
        await officer.PostFormAsync(url, [F("Highlights", "Record SME reach in Lincolnshire"), F("Risks", "=1+1"), F("Lessons", "")], handler: "Narrative");

        // An officer cannot review or approve, even by posting directly.
        var refused = await Html.ParseAsync(await officer.PostFormAsync(url, [], handler: "Advance&to=Reviewed"));
        Assert.Contains("Only a supervisor, coordinator or head of unit can review a return", refused.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync(url, [], handler: "Advance&to=Reviewed")).StatusCode);
        var notYours = await Html.ParseAsync(await supervisor.PostFormAsync(url, [], handler: "Advance&to=Approved"));
        Assert.Contains("Only a head of unit can approve a return", notYours.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(url, [], handler: "Advance&to=Approved")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(url, [], handler: "Advance&to=Submitted")).StatusCode);

        var (_, submitted) = await officer.GetAsync(url);
        Assert.Equal("Submitted", submitted.TestId("return-status")!.TextContent);
        Assert.Null(submitted.TestId("drill-engagements-delivered")); // frozen figures link to no live records

        // A later change to the records does not change the submitted figures...
        await factory.WithDbAsync(async db =>
        {
            var e1 = await db.Set<Engagement>().SingleAsync(e => e.Id == seeded.E1);
            e1.PeopleReached = 35;
            db.Add(new Engagement
            {
                RegionCode = "EM",
                Title = "Late-recorded briefing",
                StartsAt = UkTime.ToUtc(new DateTime(2026, 9, 15, 10, 0, 0)),
                ForceCode = "DERBYSHIRE",
                Team = Team.CyberProtect,
                Kind = EngagementKind.Briefing,
                Status = EngagementStatus.Delivered,
                PeopleReached = 20,
                LeadOfficerId = seeded.LeadId,
                LeadOfficerName = "Lead",
            });
            return await db.SaveChangesAsync();
        });
        var (_, frozen) = await officer.GetAsync(url);
        Assert.Equal(("3", "49"), (frozen.TestId("total-engagements-delivered")!.TextContent, frozen.TestId("total-people-reached")!.TextContent));
        var returnId = Guid.Parse(url.Split('/')[^1]);
        var snapshot = await factory.WithDbAsync(db => db.Set<PerformanceReturn>().SingleAsync(r => r.Id == returnId));
        Assert.NotNull(snapshot.CatalogueVersion);

        // ...and a new draft for the quarter shows what changed since.
        var second = await StartDraftAsync(officer);
        var (_, compared) = await officer.GetAsync(second);
        Assert.Equal("4", compared.TestId("total-engagements-delivered")!.TextContent);
        var changes = compared.TestId("changes")!.QuerySelectorAll("tr[data-testid='change-people-reached']").Select(r => r.TextContent.Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.Contains(changes, c => c.Contains("49", StringComparison.Ordinal) && c.Contains("74", StringComparison.Ordinal));

        // A submitted return cannot be sent back or edited.
        var final = await Html.ParseAsync(await head.PostFormAsync(url, [F("Reason", "Wrong")], handler: "SendBack"));
        Assert.Contains("A submitted return is final; start a new draft for the quarter to correct it", final.ErrorSummary());

        var steps = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordType == "PerformanceReturn" && a.RecordId == snapshot.Id.ToString()).Select(a => a.Details).ToListAsync());
        Assert.Contains("Return submitted", steps);
    }

    [Fact]
    public async Task SendBack_NeedsAReason_AndReturnsTheDraftForChanges()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var supervisor = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Supervisor).BuildAsync());
        var url = await StartDraftAsync(officer, PerformanceFixture.Notts);
        var duplicate = await Html.ParseAsync(await officer.PostFormAsync("/performance/returns", [F("Quarter", PerformanceFixture.Quarter.Code), F("ForceCode", PerformanceFixture.Notts)]));
        Assert.Contains(duplicate.ErrorSummary(), e => e.StartsWith("There is already a return in progress", StringComparison.Ordinal));
        await supervisor.PostFormAsync(url, [], handler: "Advance&to=Reviewed");

        var noReason = await Html.ParseAsync(await supervisor.PostFormAsync(url, [F("Reason", " ")], handler: "SendBack"));
        Assert.Contains("Say why it is going back, so whoever picks it up knows what to change", noReason.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync(url, [F("Reason", "Add the Notts CRC launch")], handler: "SendBack")).StatusCode);

        var (_, page) = await officer.GetAsync(url);
        Assert.Equal("Draft", page.TestId("return-status")!.TextContent);
        Assert.Equal("Sent back to draft: Add the Notts CRC launch", page.TestId("returned-reason")!.TextContent);
        Assert.Equal("2", page.TestId("total-engagements-delivered")!.TextContent); // Notts only: E2 and E6
    }

    [Fact]
    public async Task Exports_HoldTheFigures_AreFormulaSafe_AndAreAuditedAsDisclosures()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var url = await StartDraftAsync(officer, PerformanceFixture.Lincs);
        var id = url.Split('/')[^1];

        var xlsx = await officer.Client.GetAsync(url + "?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheets = workbook.GetSheetNames();
        Assert.Contains("Summary", sheets);
        Assert.Contains("By topic", sheets);
        Assert.Contains("By force area", sheets);
        var summary = workbook.Query(useHeaderRow: true, sheetName: "Summary").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(1.0, Convert.ToDouble(summary.Single(r => (string?)r["Key"] == "engagements-delivered")["Figure"], System.Globalization.CultureInfo.InvariantCulture));
        var topics = workbook.Query(useHeaderRow: true, sheetName: "By topic").Cast<IDictionary<string, object?>>().Select(r => (string?)r["Topic"]).ToList();
        Assert.Contains(topics, t => t!.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(topics, t => t!.StartsWith('='));

        var csv = Encoding.UTF8.GetString(await officer.Client.GetByteArrayAsync(url + "?handler=Export&format=csv"));
        Assert.Contains("engagements-delivered,Engagements delivered,Total,,1,engagements,1", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await officer.Client.GetByteArrayAsync(url + "?handler=Export&format=json"));
        Assert.Equal(ReturnExports.JsonFormat, json.RootElement.GetProperty("format").GetString());
        Assert.True(json.RootElement.GetProperty("catalogueVersion").GetInt32() >= 1);
        Assert.Equal(PerformanceFixture.Lincs, json.RootElement.GetProperty("force").GetString());
        var referrals = json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("key").GetString() == "referrals-received");
        Assert.Equal(2, referrals.GetProperty("total").GetProperty("value").GetDouble());

        var disclosures = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Disclosed && a.RecordId == id));
        Assert.Equal(3, disclosures);

        var (print, report) = await officer.GetAsync(url + "/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.NotNull(report.QuerySelector("svg[role='img'] title"));
    }

    [Fact]
    public async Task OtherRegions_GetNotFound_AndTheNationalCoordinatorSeesOnlySubmittedFigures()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var head = await Session.SignedInAsync(factory, await _users.WithRoles(Role.HeadOfUnit, Role.Supervisor).BuildAsync());
        // The first quarter (April to June 2026): its only delivered engagement is the one at 23:30 on 30 June.
        var firstQuarter = new FinancialQuarter(2026, 1);
        var url = await StartDraftAsync(officer, quarter: firstQuarter);

        var outsider = await Session.SignedInAsync(factory, await _users.InRegion(PerformanceFixture.OtherRegion).BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(url + "?handler=Export&format=json")).StatusCode);
        var (_, theirs) = await outsider.GetAsync($"/performance?quarter={PerformanceFixture.Quarter.Code}");
        Assert.Equal("1 engagements", theirs.TestId("headline-engagements-delivered")!.TextContent.Trim()); // their own region's talk only

        var national = await Session.SignedInAsync(factory, await _users.WithRoles(Role.NationalCoordinator).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await national.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await national.Client.GetAsync($"/performance/records?metric=referrals-received&quarter={PerformanceFixture.Quarter.Code}")).StatusCode);
        var (_, beforeSubmission) = await national.GetAsync($"/national?quarter={firstQuarter.Code}");
        Assert.Null(beforeSubmission.TestId("national-engagements-delivered-EM"));

        // The draft is not national; once submitted, its figures are.
        foreach (var step in new[] { "Reviewed", "Approved", "Submitted" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(url, [], handler: "Advance&to=" + step)).StatusCode);
        }

        var (_, view) = await national.GetAsync($"/national?quarter={firstQuarter.Code}");
        Assert.Equal("1", view.TestId("national-engagements-delivered-EM")!.TextContent);
        Assert.Equal("1", view.TestId("national-engagements-delivered-total")!.TextContent);
        Assert.Equal("Not combined", view.TestId("national-median-days-to-first-contact-total")!.TextContent);
        Assert.DoesNotContain("Fixture Victim", view.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalView_SaysWhichRegionsSubmittedWhichAreLateAndWhichNeverStarted_WithTrendsAndAnExport()
    {
        await factory.SeededAsync();
        // October to December 2025: due 30 days after, long past on the test clock (2 November 2026).
        var quarter = new FinancialQuarter(2025, 3);
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var head = await Session.SignedInAsync(factory, await _users.WithRoles(Role.HeadOfUnit, Role.Supervisor).BuildAsync());
        var url = await StartDraftAsync(officer, quarter: quarter);
        foreach (var step in new[] { "Reviewed", "Approved", "Submitted" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(url, [], handler: "Advance&to=" + step)).StatusCode);
        }

        var elsewhere = await Session.SignedInAsync(factory, await _users.InRegion("NE").BuildAsync());
        await StartDraftAsync(elsewhere, quarter: quarter);

        var national = await Session.SignedInAsync(factory, await _users.WithRoles(Role.NationalCoordinator).BuildAsync());
        var (_, view) = await national.GetAsync($"/national?quarter={quarter.Code}");
        Assert.Contains("Due by 30 January 2026", view.TestId("national-progress")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Submitted 2 November 2026", view.TestId("stage-EM")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Submitted late", view.TestId("late-EM")!.TextContent.Trim());
        Assert.Equal("In progress: draft", view.TestId("stage-NE")!.TextContent.Trim());
        Assert.Equal("Late", view.TestId("late-NE")!.TextContent.Trim());
        Assert.Equal("Not started", view.TestId("stage-WA")!.TextContent.Trim());
        Assert.Equal("Late", view.TestId("late-WA")!.TextContent.Trim());
        Assert.Equal(10, view.QuerySelectorAll("[data-testid='national-progress'] tbody tr").Length);
        Assert.Contains("1 of 10 regions have submitted", view.TestId("progress-summary")!.TextContent, StringComparison.Ordinal);

        // Trends: the four quarters to this one, each saying how many regions its figure comes from, and a titled chart.
        var trend = view.TestId("trend-engagements-delivered")!;
        Assert.Equal(4, trend.QuerySelectorAll("td").Length);
        Assert.Contains("1 region", view.TestId($"trend-engagements-delivered-{quarter.Code}")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("No returns", view.TestId($"trend-engagements-delivered-{quarter.Previous.Code}")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Engagements delivered, national, by quarter", view.TestId("chart-title-trend-engagements-delivered")!.TextContent);

        var export = await national.Client.GetAsync(view.TestId("national-export")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = (await export.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("Quarter,Metric key,Metric,Unit,East Midlands,National", csv[0].TrimStart('\uFEFF'));
        Assert.Contains(csv, line => line.StartsWith($"{quarter.Code},engagements-delivered,", StringComparison.Ordinal));

        // A quarter nobody has started is still there to choose, every region shown as not started.
        var (_, empty) = await national.GetAsync($"/national?quarter={quarter.Previous.Previous.Code}");
        Assert.Equal(10, empty.QuerySelectorAll("[data-testid='national-progress'] td[data-testid^='stage-']").Count(td => td.TextContent.Trim() == "Not started"));
        Assert.NotNull(empty.TestId("no-returns"));
    }

    [Fact]
    public async Task ForceComparison_ShowsEveryForceOfTheRegion_AForceWithNothingAsZero()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (_, page) = await officer.GetAsync($"/performance?quarter={PerformanceFixture.Quarter.Code}");
        var rows = page.TestId("table-forces-engagements")!.QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(PerformanceFixture.Region).Select(f => f.Name).Order(), rows.Keys.Order());
        Assert.Contains(rows, r => r.Value == "0");
        Assert.Equal("Engagements delivered by force area", page.TestId("chart-title-forces-engagements")!.TextContent);
        // Every force name is drawn whole (wrapped, never cut short).
        var drawn = string.Join(" ", page.TestId("chart-forces-engagements")!.QuerySelectorAll("tspan").Select(t => t.TextContent));
        Assert.All(rows.Keys, name => Assert.Contains(name, drawn, StringComparison.Ordinal));
    }

    [Fact]
    public void ChartLabels_WrapAtSpaces_AndSplitOnlyAWordLongerThanALine()
    {
        Assert.Equal(["Victims contacted within", "the service level"], ProtectHub.Web.Charts.SvgChart.Wrap("Victims contacted within the service level", 26));
        Assert.Equal(["Northampton", "shire"], ProtectHub.Web.Charts.SvgChart.Wrap("Northamptonshire", 11));
        Assert.Equal([""], ProtectHub.Web.Charts.SvgChart.Wrap("", 10));
    }

    [Fact]
    public void NationalTotals_AddCountsAndCombineMeansAndSharesFromTheirParts()
    {
        MetricFigure Figure(MetricMeasure measure, double? value, double numerator, double denominator) =>
            new("m", "M", "", "", measure, MetricSource.Referrals, new FigureValue(value, numerator, denominator, (long)denominator), []);

        Assert.Equal(7.0, NationalReturns.Combine(MetricMeasure.Count, [Figure(MetricMeasure.Count, 3, 3, 1), Figure(MetricMeasure.Count, 4, 4, 1)]));
        Assert.Equal(75.0, NationalReturns.Combine(MetricMeasure.Share, [Figure(MetricMeasure.Share, 100, 1, 1), Figure(MetricMeasure.Share, 66.7, 2, 3)]));
        Assert.Equal(1.5, NationalReturns.Combine(MetricMeasure.Mean, [Figure(MetricMeasure.Mean, 2, 4, 2), Figure(MetricMeasure.Mean, 1, 2, 2)]));
        Assert.Null(NationalReturns.Combine(MetricMeasure.Median, [Figure(MetricMeasure.Median, 3, 0, 3)]));
    }

    [Fact]
    public async Task Catalogue_CoordinatorsExtendItAsANewVersion_WithSpecificErrors_OfficersCannot()
    {
        await factory.SeededAsync();
        var officer = await Session.SignedInAsync(factory, await _users.BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync("/performance/metrics/edit")).StatusCode);
        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).BuildAsync());
        var (_, before) = await coordinator.GetAsync("/performance/metrics");
        var version = int.Parse(before.TestId("catalogue-version")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

        KeyValuePair<string, string>[] Form(string conditions, string breakdowns) =>
        [
            F("Key", "webinars-delivered"), F("Name", "Webinars delivered"), F("Definition", "Webinars delivered in the quarter."), F("Unit", "webinars"),
            F("Source", "Engagements"), F("Measure", "Count"), F("ValueField", ""), F("Conditions", conditions), F("ShareConditions", ""), F("Breakdowns", breakdowns),
        ];
        var bad = await Html.ParseAsync(await coordinator.PostFormAsync("/performance/metrics/edit", Form("Kind = Webinar\nStatus = Done", "Force, Sector")));
        Assert.Contains("Status cannot be \"Done\"; it is one of Planned, Delivered, Reviewed, Cancelled", bad.ErrorSummary());
        Assert.Contains(bad.ErrorSummary(), e => e.StartsWith("Sector is not a category of engagements starting in the period", StringComparison.Ordinal));
        var unreadable = await Html.ParseAsync(await coordinator.PostFormAsync("/performance/metrics/edit", Form("Kind Webinar", "")));
        Assert.Contains("Line 1 (\"Kind Webinar\") is not in the form Field = Value, Value", unreadable.ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/performance/metrics/edit", Form("Kind = Webinar\nStatus = Delivered, Reviewed", "Force"))).StatusCode);
        var (_, after) = await coordinator.GetAsync("/performance/metrics");
        Assert.Equal(version + 1, int.Parse(after.TestId("catalogue-version")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(after.TestId("catalogue-webinars-delivered"));

        var figures = await PerformanceFixture.FiguresAsync(factory);
        Assert.Equal(1.0, figures.Metric("webinars-delivered")!.Total.Value); // E2, the fixture's only webinar
        Assert.Equal(version + 1, figures.CatalogueVersion);

        // Changing it makes the next version; the page lists both.
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync("/performance/metrics/edit?key=webinars-delivered", Form("Kind = Webinar, Exercise\nStatus = Delivered, Reviewed", "Force"))).StatusCode);
        var (_, history) = await coordinator.GetAsync("/performance/metrics/edit?key=webinars-delivered");
        var versions = history.TestId("history")!.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal([$"{version + 2} (current)", $"{version + 1} to {version + 1}"], versions);
        Assert.Equal(2.0, (await PerformanceFixture.FiguresAsync(factory)).Metric("webinars-delivered")!.Total.Value); // E2 and now E6, the September exercise
    }
}

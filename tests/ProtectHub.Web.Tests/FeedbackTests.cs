using System.Net;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;

namespace ProtectHub.Web.Tests;

public sealed class FeedbackTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task FeedbackForm_AnonymousAnswers_GiveTheUpliftPerTopic_AndCountOncePerForm()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var topics = await factory.WithDbAsync(db => db.Set<ManagedListItem>().Where(i => i.Name == "Phishing" || i.Name == "Backups").OrderBy(i => i.Name).ToListAsync());
        var created = await session.PostFormAsync("/engagements/new", [F("Input.Title", "Cyber basics for charities"), F("Input.Kind", "Workshop"),
            F("Input.StartsOn.Day", "20"), F("Input.StartsOn.Month", "10"), F("Input.StartsOn.Year", "2026"), F("Input.StartTime", "10:00"),
            F("Input.DurationMinutes", "60"), F("Input.IsOnline", "yes"), F("Input.ForceCode", "NOTTS"), F("Input.Team", "CyberProtect"),
            F("Input.LeadOfficerId", officer.Id.ToString()), F("Input.TopicIds", topics[0].Id.ToString()), F("Input.TopicIds", topics[1].Id.ToString())]);
        var url = created.Headers.Location!.OriginalString;
        var (_, planned) = await session.GetAsync(url);
        Assert.Null(planned.TestId("issue-feedback")); // Only a delivered engagement gets a form.
        await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "25")]);
        await session.PostFormAsync(url, [], handler: "IssueFeedback");
        var (_, withLink) = await session.GetAsync(url);
        var link = withLink.TestId("feedback-link")!.TextContent;
        var path = new Uri(link).AbsolutePath;
        Assert.Matches("^/feedback/[A-Za-z0-9_-]{32}$", path);

        var respondent = new Session(factory); // Not signed in.
        var (form, formPage) = await respondent.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Cyber basics for charities", formPage.Body!.TextContent, StringComparison.Ordinal);
        var submission = formPage.QuerySelector("input[name='SubmissionId']")!.GetAttribute("value")!;

        var empty = await Html.ParseAsync(await respondent.PostFormAsync(path, [F("SubmissionId", submission)]));
        Assert.Equal(4, empty.ErrorSummary().Count);
        // Each error names its topic (Backups, then Phishing, in the order the form asks).
        Assert.Equal(["Select how confident you felt about Backups before", "Select how confident you feel about Backups now",
            "Select how confident you felt about Phishing before", "Select how confident you feel about Phishing now"], empty.ErrorSummary());

        KeyValuePair<string, string>[] answers = [F("SubmissionId", submission), F($"Before[{topics[0].Id}]", "2"), F($"After[{topics[0].Id}]", "4"),
            F($"Before[{topics[1].Id}]", "1"), F($"After[{topics[1].Id}]", "4"), F("Comments", "Very useful, thank you")];
        var sent = await respondent.PostFormAsync(path, answers);
        Assert.Equal("/feedback/thank-you", sent.Headers.Location!.OriginalString);
        await respondent.PostFormAsync(path, answers); // The same form again: ignored.

        var second = new Session(factory);
        var (_, secondForm) = await second.GetAsync(path);
        Assert.DoesNotContain("Very useful", secondForm.Body!.TextContent, StringComparison.Ordinal);
        await second.PostFormAsync(path, [F("SubmissionId", secondForm.QuerySelector("input[name='SubmissionId']")!.GetAttribute("value")!),
            F($"Before[{topics[0].Id}]", "3"), F($"After[{topics[0].Id}]", "3"), F($"Before[{topics[1].Id}]", "2"), F($"After[{topics[1].Id}]", "5")]);

        var (_, results) = await session.GetAsync(url);
        Assert.Equal("2", results.TestId("feedback-responses")!.TextContent);
        // Before: (2+1+3+2)/4 = 2.0; after: (4+4+3+5)/4 = 4.0.
        Assert.Equal("2.0 before, 4.0 after: uplift +2.0", results.TestId("feedback-uplift")!.TextContent);
        var rows = results.QuerySelectorAll("[data-testid='feedback-topics'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Backups|2.5|3.5|+1.0", "Phishing|1.5|4.5|+3.0"], rows);
        var stored = await factory.WithDbAsync(db => db.Set<FeedbackResponse>().CountAsync());
        Assert.True(stored >= 2);
    }

    /// <summary>Delivers an engagement on the given day with one topic, and has each (before, after) pair answered once.</summary>
    private async Task<string> DeliveredWithFeedbackAsync(Session session, Guid lead, string title, string day, Guid topicId, params (int Before, int After, string? Actions)[] answers)
    {
        var url = await EngagementSteps.PlanAsync(session, title, lead, day, "1", "2025", F("Input.TopicIds", topicId.ToString()));
        await session.PostFormAsync(url + "/attendance", [F("FullName", "Walk-in Wendy")], handler: "WalkIn");
        await session.PostFormAsync(url + "/deliver", [F("PeopleReached", "30"), F("KeyLearning", "Bring printed handouts")]);
        await session.PostFormAsync(url, [], handler: "IssueFeedback");
        var (_, page) = await session.GetAsync(url);
        var path = new Uri(page.TestId("feedback-link")!.TextContent).AbsolutePath;
        foreach (var (before, after, actions) in answers)
        {
            var respondent = new Session(factory);
            var (_, form) = await respondent.GetAsync(path);
            await respondent.PostFormAsync(path, [F("SubmissionId", form.QuerySelector("input[name='SubmissionId']")!.GetAttribute("value")!),
                F($"Before[{topicId}]", before.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                F($"After[{topicId}]", after.ToString(System.Globalization.CultureInfo.InvariantCulture)), F("IntendedActions", actions ?? "")]);
        }

        return url;
    }

    [Fact]
    public async Task Aggregate_MeanUpliftAcrossEngagements_ByTopicAndEngagement_AndTheDebriefReportsIt()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var topics = await factory.WithDbAsync(db => db.Set<ManagedListItem>().Where(i => i.Name == "Ransomware" || i.Name == "Romance fraud").OrderBy(i => i.Name).ToListAsync());
        var first = await DeliveredWithFeedbackAsync(session, officer.Id, "January ransomware talk", "15", topics[0].Id, (1, 4, "Test our backups"), (2, 4, "  test our  BACKUPS. "));
        await DeliveredWithFeedbackAsync(session, officer.Id, "January romance fraud talk", "16", topics[1].Id, (3, 4, null));

        var (_, overview) = await session.GetAsync("/engagements/feedback?From=2025-01-15&To=2025-01-16");
        Assert.Equal("3", overview.TestId("overall-responses")!.TextContent);
        // Before (1+2+3)/3 = 2.00, after (4+4+4)/3 = 4.00.
        Assert.StartsWith("+2.00 (2.00 before, 4.00 after", overview.TestId("overall-uplift")!.TextContent, StringComparison.Ordinal);
        var byTopic = overview.QuerySelectorAll("[data-testid='topic-uplift'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Ransomware|2|1.50|4.00|+2.50", "Romance fraud|1|3.00|4.00|+1.00"], byTopic);
        var byEngagement = overview.QuerySelectorAll("[data-testid='engagement-uplift'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["January romance fraud talk|16 Jan 2025|1|+1.00", "January ransomware talk|15 Jan 2025|2|+2.50"], byEngagement);
        var (_, otherDay) = await session.GetAsync("/engagements/feedback?From=2025-01-16&To=2025-01-16");
        Assert.Equal("1", otherDay.TestId("overall-responses")!.TextContent);

        var (_, debrief) = await session.GetAsync(first + "/debrief");
        Assert.Equal("January ransomware talk", debrief.TestId("debrief-title")!.TextContent);
        Assert.Equal("30", debrief.TestId("debrief-people-reached")!.TextContent);
        Assert.Equal("0 signed up, 1 walk-in, 1 attended", debrief.TestId("debrief-attendance")!.TextContent);
        Assert.StartsWith("2 responses. Mean confidence 1.5 before and 4.0 after (1 to 5): an uplift of +2.5.", debrief.TestId("debrief-feedback")!.TextContent, StringComparison.Ordinal);
        // The same answer twice, written differently: one line, with how many gave it.
        Assert.Equal(["Test our backups (2 people)"], debrief.QuerySelectorAll("[data-testid='debrief-intended-actions'] li").Select(l => l.TextContent));
        Assert.Equal("Bring printed handouts", debrief.TestId("debrief-key-learning")!.TextContent);
        Assert.DoesNotContain("Wendy", debrief.Body!.TextContent, StringComparison.Ordinal); // Names no attendee.
    }

    [Fact]
    public async Task FeedbackForm_UnknownLink_Answers404()
    {
        var anonymous = new Session(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync("/feedback/not-a-real-token-aaaaaaaaaaaaaaaaaaaaa")).StatusCode);
    }
}

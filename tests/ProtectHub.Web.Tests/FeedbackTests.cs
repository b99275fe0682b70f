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
        Assert.Equal("Select how confident you felt before", empty.ErrorSummary()[0]);

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

    [Fact]
    public async Task FeedbackForm_UnknownLink_Answers404()
    {
        var anonymous = new Session(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync("/feedback/not-a-real-token-aaaaaaaaaaaaaaaaaaaaa")).StatusCode);
    }
}

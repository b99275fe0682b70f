using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Registrations;
using ProtectHub.Core.Training;

namespace ProtectHub.Web.Tests;

/// <summary>Staff development through the pages: officers' training records, the team matrix, reminders, and CPD events for practitioners.</summary>
public sealed class TrainingTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static async Task<HttpResponseMessage> RecordAsync(Session session, (string, string)[] fields, (byte[] Content, string Name)? certificate = null)
    {
        var (_, form) = await session.GetAsync("/training");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            body.Add(new StringContent(value), key);
        }

        if (certificate is { } c)
        {
            body.Add(new ByteArrayContent(c.Content), "Certificate", c.Name);
        }

        return await session.Client.PostAsync("/training", body);
    }

    private static (string, string)[] Course(string course, string completed, string? expires = null) =>
    [
        ("Course", course), ("Provider", "BCS"), ("CompletedOn.Day", completed.Split('-')[2]), ("CompletedOn.Month", completed.Split('-')[1]), ("CompletedOn.Year", completed.Split('-')[0]),
        .. expires is null ? Array.Empty<(string, string)>() : [("ExpiresOn.Day", expires.Split('-')[2]), ("ExpiresOn.Month", expires.Split('-')[1]), ("ExpiresOn.Year", expires.Split('-')[0])],
        ("CpdHours", "7.5"),
    ];

    [Fact]
    public async Task Officer_RecordsTraining_WithACheckedCertificate_AndTheSupervisorSeesTheMatrix_AndExpiryIsReminded()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var course = "CISMP " + Guid.NewGuid().ToString("N")[..6];

        var bad = (await Html.ParseAsync(await RecordAsync(officer, [("CompletedOn.Day", "1"), ("CompletedOn.Month", "1"), ("CompletedOn.Year", "2027")], ("MZ\u0090\0"u8.ToArray(), "cert.pdf")))).ErrorSummary();
        Assert.Contains("Enter the course or qualification", bad);
        Assert.Contains("Enter who provided it, like the College of Policing or BCS", bad);
        Assert.Contains("The date it was completed must be today or in the past", bad);
        Assert.Contains("'cert.pdf' is a program, not a document", bad);

        var pdf = "%PDF-1.7\ncertificate\n%%EOF"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(officer, Course(course, "2023-11-20", "2026-11-20"), (pdf, "cismp.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(officer, Course("Initial Protect training " + course[^6..], "2026-01-10"))).StatusCode);
        var (_, mine) = await officer.GetAsync("/training");
        Assert.Equal("15 CPD hours recorded", mine.TestId("cpd-total")!.TextContent.Trim());
        Assert.Contains("Expires soon", mine.TestId("held")!.TextContent, StringComparison.Ordinal);
        var held = await factory.WithDbAsync(db => db.Set<Qualification>().SingleAsync(q => q.Course == course));
        var download = await officer.Client.GetAsync($"/training/{held.Id}/certificate");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        // Another officer cannot read the certificate; the supervisor can, and sees the matrix.
        var colleague = await Session.SignedInAsync(factory, await _users.BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync($"/training/{held.Id}/certificate")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Client.GetAsync("/training/team")).StatusCode);
        var supervisor = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Supervisor).BuildAsync());
        Assert.Equal(HttpStatusCode.OK, (await supervisor.Client.GetAsync($"/training/{held.Id}/certificate")).StatusCode);
        var (_, matrix) = await supervisor.GetAsync("/training/team");
        Assert.Contains(course, matrix.TestId("expiring")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(matrix.TestId("matrix")!.QuerySelectorAll("thead th"), th => th.TextContent.Trim() == course);
        var elsewhere = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Supervisor).InRegion("NW").BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Client.GetAsync($"/training/{held.Id}/certificate")).StatusCode);

        // Within 30 days of expiry: on the home page, and one email.
        var (_, home) = await officer.GetAsync("/");
        Assert.Contains(course, home.TestId("training-due")!.TextContent, StringComparison.Ordinal);
        async Task<int> RemindAsync() => await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.System("test");
            return await sp.GetRequiredService<TrainingReminders>().RemindAsync();
        });
        // The daily job may have sent it already (the fake clock moves as users sign in): either way, one email.
        await RemindAsync();
        Assert.Contains(course, (await factory.Smtp.MessagesAsync()).Single(m => m.To.Mailboxes.Single().Address == officerUser.Email).TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await RemindAsync());
        Assert.Single(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == officerUser.Email);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == "Qualification" && e.RecordId == held.Id.ToString() && e.Action == ProtectHub.Core.Audit.AuditAction.Collected)),
            "recording staff training is audited");
    }

    [Fact]
    public async Task CpdEvent_NeedsItsHours_AndAttendeesCarryThemOnTheirContactRecord()
    {
        var officerUser = await _users.BuildAsync();
        var officer = await Session.SignedInAsync(factory, officerUser);
        var email = $"call.handler.{Guid.NewGuid().ToString("N")[..6]}@police.example";
        var contact = new Contact { RegionCode = "EM", FullName = "Casey Call", Email = email, NormalisedEmail = email, CreatedAt = factory.Time.GetUtcNow() };
        await factory.WithDbAsync(async db =>
        {
            db.Add(contact);
            return await db.SaveChangesAsync();
        });
        var fields = EngagementSteps.Plan("Safeguarding fraud victims: CPD for call handlers", officerUser.Id, "30", "10", "2026");
        fields[1] = new("Input.Kind", "CpdEvent");
        var created = await officer.PostFormAsync("/engagements/new", fields);
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url + "/attendance", [new("FullName", "Casey Call"), new("Email", email)], handler: "WalkIn")).StatusCode);
        var engagementId = Guid.Parse(url.Split('/')[^1]);
        var registration = await factory.WithDbAsync(db => db.Set<EventRegistration>().SingleAsync(r => r.EngagementId == engagementId));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url + "/attendance", ("Attended", registration.Id.ToString()))).StatusCode);

        var missing = (await Html.ParseAsync(await officer.PostFormAsync(url + "/deliver", ("PeopleReached", "1")))).ErrorSummary();
        Assert.Contains("Enter the CPD hours each attendee earns, between 0.5 and 100, like 1.5", missing);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url + "/deliver", ("PeopleReached", "1"), ("CpdHours", "1.5"))).StatusCode);
        var (_, page) = await officer.GetAsync($"/partners/contacts/{contact.Id}");
        Assert.Equal("1.5 CPD hours from 1 event run by the region", page.TestId("cpd-hours")!.TextContent.Trim());
    }
}

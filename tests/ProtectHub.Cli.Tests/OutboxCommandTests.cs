using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Advisories;

namespace ProtectHub.Cli.Tests;

/// <summary>
/// The advisory outbox killed mid-send (issue #19): a sender process sending through a real SMTP server is killed
/// without warning while it works; a second sender finishes. No message reaches the server twice (Message-IDs checked
/// there), every message the outbox marked sent is there, and at most the one being handed over is left interrupted.
/// </summary>
public sealed class OutboxCommandTests
{
    [Fact]
    public async Task Send_KilledMidSend_ThenRunAgain_SendsNoMessageTwice()
    {
        await using var service = new DrillFactory();
        using var smtp = new SmtpCapture();
        const int count = 40;
        var advisory = new Advisory
        {
            RegionCode = "EM",
            Reference = "ADV-KILL",
            Title = "Killed mid-send",
            Summary = "Criminals are sending fake invoices.",
            RecommendedActions = "Check bank details by phone.",
            Tlp = Core.Sharing.TlpMarking.Red,
            Status = AdvisoryStatus.Issued,
            CreatedByName = "Test",
            CreatedAt = service.Time.GetUtcNow(),
            UpdatedAt = service.Time.GetUtcNow(),
            IssuedAt = service.Time.GetUtcNow(),
        };
        await service.WithDbAsync(async db =>
        {
            db.Add(advisory);
            db.AddRange(Enumerable.Range(1, count).Select(n => new AdvisoryMessage
            {
                AdvisoryId = advisory.Id,
                RegionCode = "EM",
                Kind = MessageKind.Issue,
                ContactId = Guid.NewGuid(),
                Name = $"Recipient {n}",
                OrganisationName = "Member",
                Email = $"recipient-{n}@member.example",
                Token = $"kill-{n}-{Guid.NewGuid():N}",
                Status = MessageStatus.Queued,
                QueuedAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            }));
            return await db.SaveChangesAsync();
        });

        var environment = new Dictionary<string, string>
        {
            ["Mail__Host"] = "127.0.0.1",
            ["Mail__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__RequireTls"] = "false",
            ["Advisories__Outbox__MessagesPerSecond"] = "20",
            ["Advisories__Outbox__Lanes"] = "1",
            ["Advisories__Outbox__ClaimSeconds"] = "2",
        };
        using (var first = CliProcess.Start(service.ConnectionString, environment, "advisories", "send"))
        {
            // Killed without warning once it is well under way.
            for (var i = 0; i < 300 && Directory.GetFiles(smtp.Directory, "*.eml").Length < 8; i++)
            {
                await Task.Delay(50);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var delivered = Directory.GetFiles(smtp.Directory, "*.eml").Length;
        Assert.InRange(delivered, 8, count - 1); // killed mid-send, not before or after

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the dead sender's claim runs out
        var second = await CliProcess.RunAsync(service.ConnectionString, null, environment, "advisories", "send");
        Assert.True(second.ExitCode == 0, second.Error);

        var messages = await service.WithDbAsync(db => db.Set<AdvisoryMessage>().IgnoreQueryFilters().Where(m => m.AdvisoryId == advisory.Id).ToListAsync());
        var atServer = (await smtp.MessagesAsync(count - 1)).Select(m => m.MessageId).ToList();
        Assert.Equal(atServer.Count, atServer.Distinct().Count()); // no message twice
        var sent = messages.Where(m => m.Status == MessageStatus.Sent).ToList();
        var interrupted = messages.Where(m => m.Status == MessageStatus.Interrupted).ToList();
        Assert.Equal(count, sent.Count + interrupted.Count);
        Assert.True(interrupted.Count <= 1, $"{interrupted.Count} interrupted: only the message being handed over when the sender was killed may be");
        Assert.All(sent, m => Assert.Contains(m.MessageIdHeader, atServer));
        Assert.All(interrupted, m => Assert.Equal(AdvisoryOutbox.Interrupted, m.LastError));
        Assert.Contains($"{interrupted.Count} interrupted (not sent again)", second.Output, StringComparison.Ordinal);
        Assert.Contains("0 waiting", second.Output, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

public sealed class ReferralTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private static string NewReference() => "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string Header = "Crime Reference,Date Reported,Date of Offence,Victim Name,Organisation,DOB,Email,Phone,Postcode,Force,Offence Category,Amount Lost,Summary,Vulnerability";

    private static async Task<AngleSharp.Dom.IDocument> ImportAsync(Session session, string csv, string fileName = "referrals.csv")
    {
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), fileName);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
    }

    private Task<VictimReferral> StoredAsync(string reference) =>
        factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().SingleAsync(r => r.CrimeReference == reference));

    [Fact]
    public async Task Import_RealWorldFile_TriagesValidRowsReportsEachProblem_AndUpdatesChangedRowsOnly()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (older, business, serial, dup) = (NewReference(), NewReference(), NewReference(), NewReference());
        var csv = $"""
            {Header}
            {older},28/10/2026,20/10/2026,Edith Clarke,,02/03/1948,edith@example.org,01632 960001,LN2 1PQ,Lincolnshire Police,Courier fraud,"£12,500.00",Told to withdraw cash,Lives alone
            {business},2026-10-29,,Ravi Shah,Shah Logistics Ltd,,ravi@shah.example,,NG1 5FS,NOTTS,Ransomware,,=HYPERLINK("http://x"),
            {serial},46323,,Tom Young,,14/02/2012,,,DE1 2AA,Derbyshire Constabulary,Sextortion,0,,
            BADREF,28/10/2026,,Ann Bad,,,,,,NOTTS,Romance fraud,,,
            {NewReference()},28/10/2026,,No Force,,,,,,Atlantis,Romance fraud,,,
            {NewReference()},28/10/2026,,Odd Offence,,,,,,NOTTS,Stolen bicycle,,,
            {dup},28/10/2026,,First Copy,,,,,,NOTTS,Ticket fraud,,,
            {dup},28/10/2026,,Second Copy,,,,,,NOTTS,Ticket fraud,,,
            {NewReference()},,,No Date,,,,,,NOTTS,Ticket fraud,,,
            """;
        var result = await ImportAsync(session, csv);
        Assert.Equal(("4", "0", "5"), (result.TestId("imported")!.TextContent, result.TestId("already-held")!.TextContent, result.TestId("invalid")!.TextContent));
        var problems = result.QuerySelectorAll("[data-testid='row-errors'] tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal([
            "5|Crime reference|'BADREF' is not a crime reference: use letters then digits, like NFRC2601234567",
            "6|Force area|'Atlantis' is not a force area of your region",
            "7|Offence category|'Stolen bicycle' is not an offence category",
            $"9|Crime reference|Crime reference {dup} is also on row 8 of this file",
            "10|Date reported|Enter the date it was reported",
        ], problems);

        var edith = await StoredAsync(older);
        Assert.Equal((Team.FraudProtect, ReferralStatus.New, "LINCOLNSHIRE", 12_500m), (edith.Team, edith.Status, edith.ForceCode, edith.AmountLost!.Value));
        // Five working days after the (UK) day it was received; WorkingDaysTests pin the calendar itself.
        Assert.Equal(WorkingDays.Add(UkTime.DateOf(edith.ReceivedAt), 5), edith.FirstContactDueOn);
        Assert.Equal(["Aged 75 or over (+30)", "Flagged vulnerable: Lives alone (+30)", "Lost £10,000 or more (+25)", "Offence: Courier fraud (+15)"], edith.PriorityReasons);
        Assert.Equal(100, edith.Priority);
        var shah = await StoredAsync(business);
        Assert.Equal((VictimType.Organisation, Team.CyberProtect, "=HYPERLINK(\"http://x\")"), (shah.VictimType, shah.Team, shah.Summary));
        var tom = await StoredAsync(serial);
        Assert.Equal((new DateOnly(2026, 10, 28), OffenceCategory.ExtortionAndSextortion), (tom.ReportedOn, tom.OffenceCategory));
        Assert.Contains("Under 18 (+40)", tom.PriorityReasons);

        // The queue: highest priority first.
        var (_, queue) = await session.GetAsync("/referrals?Q=" + older);
        Assert.Equal("Edith Clarke", queue.QuerySelector("[data-testid='referral-link']")!.TextContent);

        // The same file again changes nothing; a changed row updates the record and the audit log says which fields.
        var again = await ImportAsync(session, csv);
        Assert.Equal(("0", "4", "0"), (again.TestId("imported")!.TextContent, again.TestId("already-held")!.TextContent, again.TestId("updated")!.TextContent));
        var changed = await ImportAsync(session, $"{Header}\n{older},28/10/2026,20/10/2026,Edith Clarke,,02/03/1948,edith@example.org,01632 960001,LN2 1PQ,Lincolnshire Police,Courier fraud,13000,Told to withdraw cash,Lives alone\n");
        Assert.Equal("1", changed.TestId("updated")!.TextContent);
        Assert.Equal(13_000m, (await StoredAsync(older)).AmountLost);
        var altered = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordId == edith.Id.ToString() && a.Action == AuditAction.Altered).Select(a => a.Details).ToListAsync());
        Assert.Contains(altered, d => d != null && d.Contains("AmountLost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_KilledAfterItsFirstChunkAndRunAgain_EndsWithEveryRowOnceAndTheRightCounts()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var prefix = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Two victims report twice within the file, once in the first chunk and once in the third. Row 5 reported later
        // than row 2405, so it is the repeat: saved before the kill, it gains its link (and priority) on the rerun. Row
        // 2410 reported later than row 10: it is saved with its link on the rerun.
        var surname = "Wexcombe" + prefix;
        string Row(int i) => i switch
        {
            5 => $"NFRC{prefix}{i:D5},30/10/2026,Alice {surname},NOTTS,Online shopping fraud,03/04/1961,alice.{surname}@example.org",
            2405 => $"NFRC{prefix}{i:D5},20/10/2026,Alice {surname},NOTTS,Online shopping fraud,03/04/1961,alice.{surname}@example.org",
            10 => $"NFRC{prefix}{i:D5},20/10/2026,Bernard {surname},NOTTS,Romance fraud,17/11/1948,bernard.{surname}@example.org",
            2410 => $"NFRC{prefix}{i:D5},30/10/2026,Bernard {surname},NOTTS,Romance fraud,17/11/1948,bernard.{surname}@example.org",
            _ => $"NFRC{prefix}{i:D5},29/10/2026,Person {prefix} {i},NOTTS,Online shopping fraud,,",
        };
        var csv = "Crime Reference,Date Reported,Victim Name,Force,Offence Category,DOB,Email\n" + string.Join('\n', Enumerable.Range(0, 2500).Select(Row));
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), "big.csv");
        var url = upload.Headers.Location!.OriginalString;
        var uploadId = Guid.Parse(url.Split('/')[^1]);
        var mapping = new Dictionary<string, int> { ["CrimeReference"] = 0, ["ReportedOn"] = 1, ["FullName"] = 2, ["ForceCode"] = 3, ["OffenceCategory"] = 4, ["DateOfBirth"] = 5, ["Email"] = 6 };

        // The process dies once the first chunk is saved: simulated by cancelling the run as soon as it reports that chunk
        // saved (rows are checked and linked first, then saved chunk by chunk).
        await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(user.Id, "test", "EM", [Role.Officer], null);
            var file = ProtectHub.Core.Imports.TabularFile.Read(Encoding.UTF8.GetBytes(csv), "big.csv").File!;
            using var killed = new CancellationTokenSource();
            var stages = new List<string>();
            var context = new ProtectHub.Core.Imports.ImportContext(uploadId, file, mapping) { OnStage = s => { stages.Add(s); return Task.CompletedTask; } };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sp.GetRequiredService<ReferralImport>().RunAsync(
                context, done => stages[^1] == "Saving referrals" && done > 0 ? killed.CancelAsync() : Task.CompletedTask, killed.Token));
            Assert.Equal(["Checking rows", "Looking for repeat victims among earlier referrals", "Saving referrals"], stages);
            var db = sp.GetRequiredService<ProtectHub.Core.Data.ProtectHubDbContext>();
            await db.Set<ProtectHub.Core.Imports.ImportUpload>().IgnoreQueryFilters().Where(u => u.Id == uploadId).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, ProtectHub.Core.Imports.ImportStatus.Running).SetProperty(x => x.MappingJson, System.Text.Json.JsonSerializer.Serialize(mapping, System.Text.Json.JsonSerializerOptions.Default)));
            return 0;
        });
        var saved = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().CountAsync(r => r.CrimeReference.StartsWith("NFRC" + prefix)));
        var ledger = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Imports.ImportChunk>().CountAsync(c => c.UploadId == uploadId));
        // Whole chunks only, each with its ledger entry: the one that reported, and on PostgreSQL (which saves chunks in
        // parallel lanes) perhaps the one another lane was committing when the kill came; never the last, never part of one.
        Assert.Contains(saved, new[] { 1000, 2000 });
        Assert.Equal(saved / 1000, ledger);

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<ProtectHub.Core.Imports.ImportRunner>().RunAsync(uploadId, CancellationToken.None);
            return 0;
        });
        var page = await ImportSteps.WaitForResultAsync(session, url);
        var progress = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(await session.Client.GetStringAsync(url + "?handler=progress"));
        Assert.Equal(("Finished", 2500, 2500), (progress.GetProperty("status").GetString(), progress.GetProperty("done").GetInt32(), progress.GetProperty("total").GetInt32()));
        Assert.Equal(("2500", "0", "0"), (page.TestId("imported")!.TextContent, page.TestId("already-held")!.TextContent, page.TestId("invalid")!.TextContent));
        var distinct = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.CrimeReference.StartsWith("NFRC" + prefix)).Select(r => r.CrimeReference).Distinct().CountAsync());
        Assert.Equal(2500, distinct);
        var chunks = await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Imports.ImportChunk>().CountAsync(c => c.UploadId == uploadId));
        Assert.Equal(3, chunks);

        // Each repeat linked once to its earlier report, with its priority raised; nothing linked twice by the rerun.
        var links = await factory.WithDbAsync(db => db.Set<ReferralLink>().IgnoreQueryFilters()
            .Join(db.Set<VictimReferral>().IgnoreQueryFilters(), l => l.ReferralId, r => r.Id, (l, r) => new { Later = r.CrimeReference, l.EarlierReferralId })
            .Where(l => l.Later.StartsWith("NFRC" + prefix)).ToListAsync());
        Assert.Equal([$"NFRC{prefix}00005", $"NFRC{prefix}02410"], links.Select(l => l.Later).Order(StringComparer.Ordinal));
        foreach (var (later, earlier) in new[] { ("00005", "02405"), ("02410", "00010") })
        {
            var repeat = await StoredAsync($"NFRC{prefix}{later}");
            Assert.Equal((await StoredAsync($"NFRC{prefix}{earlier}")).Id, links.Single(l => l.Later == repeat.CrimeReference).EarlierReferralId);
            Assert.Equal(1, repeat.EarlierReports);
            Assert.Contains("Repeat victim: reported 1 time before (+25)", repeat.PriorityReasons);
        }
    }

    [Fact]
    public async Task Import_OfManyChunks_SavedInLanes_EveryRowOnce_EachAuditedOnce_AndTheAuditChainIntact()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var prefix = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        const int rows = 4500;
        var csv = "Crime Reference,Date Reported,Victim Name,Force,Offence Category\n"
            + string.Join('\n', Enumerable.Range(0, rows).Select(i => $"NFRL{prefix}{i:D5},29/10/2026,Person {prefix} {i},NOTTS,Online shopping fraud"));
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(csv), "lanes.csv");
        var uploadId = Guid.Parse(upload.Headers.Location!.OriginalString.Split('/')[^1]);
        var mapping = new Dictionary<string, int> { ["CrimeReference"] = 0, ["ReportedOn"] = 1, ["FullName"] = 2, ["ForceCode"] = 3, ["OffenceCategory"] = 4 };
        var lastSequence = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Sequence)) ?? 0;

        var (lanes, reported) = await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(user.Id, "test", "EM", [Role.Officer], null);
            var file = ProtectHub.Core.Imports.TabularFile.Read(Encoding.UTF8.GetBytes(csv), "lanes.csv").File!;
            var stage = "";
            var saving = new List<int>();
            var context = new ProtectHub.Core.Imports.ImportContext(uploadId, file, mapping) { OnStage = s => { stage = s; return Task.CompletedTask; } };
            var result = await sp.GetRequiredService<ReferralImport>().RunAsync(context, done =>
            {
                if (stage == "Saving referrals")
                {
                    saving.Add(done);
                }

                return Task.CompletedTask;
            });
            Assert.Equal((rows, 0, 0), (result.Imported, result.AlreadyHeld, result.InvalidRows));
            return (sp.GetRequiredService<ProtectHub.Core.Data.Providers.IBulkWriter>().ParallelWriters, saving);
        });

        // PostgreSQL saves in lanes side by side (SQLite in one); either way progress counts each chunk once as it is
        // saved (the last, of 500 rows, may finish before the one ahead of it): from nothing, rising, to every row.
        Assert.Equal(TestDatabase.IsPostgres ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1, lanes);
        Assert.Equal(6, reported.Count);
        Assert.Equal((0, rows), (reported[0], reported[^1]));
        Assert.True(reported.Zip(reported.Skip(1)).All(p => p.Second - p.First is 1000 or 500), string.Join(", ", reported));
        var stored = await factory.WithDbAsync(db => db.Set<VictimReferral>().IgnoreQueryFilters().Where(r => r.CrimeReference.StartsWith("NFRL" + prefix))
            .Select(r => r.Id).ToListAsync());
        Assert.Equal(rows, stored.Distinct().Count());
        var ids = stored.Select(id => id.ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(5, await factory.WithDbAsync(db => db.Set<ProtectHub.Core.Imports.ImportChunk>().CountAsync(c => c.UploadId == uploadId)));

        // Every referral named in exactly one "Collected" entry, appended to one unbroken chain by the lanes in turn.
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Sequence > lastSequence && a.Action == AuditAction.Collected && a.RecordType == "VictimReferral")
            .Select(a => a.Details!).ToListAsync());
        var named = entries.SelectMany(d => d[(d.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(ids.Contains).ToList();
        Assert.Equal(rows, named.Count);
        Assert.Equal(rows, named.Distinct().Count());
        Assert.True((await factory.WithServicesAsync(sp => sp.GetRequiredService<AuditLogService>().VerifyAsync(null))).IsIntact);
    }

    [Fact]
    public async Task RepeatVictim_IsLinkedWithItsReasons_RaisesPriority_AndARejectedLinkIsNotSuggestedAgain()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var (first, second) = (NewReference(), NewReference());
        var surname = "Quennell" + Guid.NewGuid().ToString("N")[..4];
        await ImportAsync(session, $"{Header}\n{first},01/09/2026,,Margaret {surname},,12/05/1950,maggie.{surname}@example.org,07700 900123,LE1 6ZG,Leicestershire Police,Romance fraud,2000,,\n");
        var later = await ImportAsync(session, $"{Header}\n{second},27/10/2026,,Maggie {surname},,12/05/1950,maggie.{surname}@example.org,07700900123,LE1 6ZG,Leicestershire Police,Investment fraud,500,,\n");
        Assert.Equal("1", later.TestId("imported")!.TextContent);

        var repeat = await StoredAsync(second);
        Assert.Equal(1, repeat.EarlierReports);
        Assert.Contains("Repeat victim: reported 1 time before (+25)", repeat.PriorityReasons);
        var (_, page) = await session.GetAsync($"/referrals/{repeat.Id}");
        Assert.Contains("Reported 1 time before", page.TestId("repeat-warning")!.TextContent, StringComparison.Ordinal);
        var why = page.TestId("why-linked")!.TextContent;
        Assert.StartsWith("Same surname, date of birth", why, StringComparison.Ordinal);
        Assert.Contains("first name is a short form of the other", why, StringComparison.Ordinal);
        Assert.EndsWith("likely the same person.", why, StringComparison.Ordinal);
        var explanation = page.QuerySelectorAll("[data-testid='explanation'] li").Select(l => l.TextContent).ToList();
        Assert.Contains(explanation, l => l.StartsWith("dob: exact match", StringComparison.Ordinal));
        Assert.Contains(explanation, l => l.StartsWith("first_name: nickname", StringComparison.Ordinal));

        var link = await factory.WithDbAsync(db => db.Set<ReferralLink>().IgnoreQueryFilters().SingleAsync(l => l.ReferralId == repeat.Id));
        await session.PostFormAsync($"/referrals/{repeat.Id}?handler=Decide&linkId={link.Id}&confirm=false", [], formPage: $"/referrals/{repeat.Id}");
        var rejected = await StoredAsync(second);
        Assert.Equal(0, rejected.EarlierReports);
        Assert.DoesNotContain(rejected.PriorityReasons, r => r.StartsWith("Repeat victim", StringComparison.Ordinal));

        // A third report of the same person: linked to both earlier ones, but the rejected pair stays rejected.
        var third = NewReference();
        await ImportAsync(session, $"{Header}\n{third},28/10/2026,,Margaret {surname},,12/05/1950,maggie.{surname}@example.org,,LE1 6ZG,Leicestershire Police,Romance fraud,,,\n");
        var links = await factory.WithDbAsync(db => db.Set<ReferralLink>().IgnoreQueryFilters().Where(l => l.ReferralId == repeat.Id || l.EarlierReferralId == repeat.Id).ToListAsync());
        Assert.Single(links, l => l.ReferralId == repeat.Id && l.Decision == LinkDecision.Rejected);
        Assert.Equal(2, (await StoredAsync(third)).EarlierReports);
    }

    [Fact]
    public async Task RepeatVictims_ReportedEarlierThanReferralsHeld_RaiseTheHeldReferrals_WithGroupedAudit()
    {
        // A list can carry reports older than ones already held (a late batch): the held referral is then the repeat, and
        // is re-scored after the import, in bulk when there are several (PostgreSQL's COPY and one UPDATE).
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var surname = "Ollerenshaw" + Guid.NewGuid().ToString("N")[..4];
        var held = new[] { NewReference(), NewReference() };
        var late = new[] { NewReference(), NewReference() };
        string Row(string reference, string reported, string first, string born) =>
            $"{reference},{reported},,{first} {surname},,{born},{first.ToLowerInvariant()}.{surname}@example.org,,LE1 6ZG,Leicestershire Police,Romance fraud,,,";
        await ImportAsync(session, $"{Header}\n{Row(held[0], "28/10/2026", "Dorothy", "09/09/1952")}\n{Row(held[1], "28/10/2026", "Cyril", "21/01/1944")}\n");
        Assert.All(await Task.WhenAll(held.Select(StoredAsync)), r => Assert.Equal(0, r.EarlierReports));

        await ImportAsync(session, $"{Header}\n{Row(late[0], "02/10/2026", "Dorothy", "09/09/1952")}\n{Row(late[1], "03/10/2026", "Cyril", "21/01/1944")}\n");
        for (var i = 0; i < 2; i++)
        {
            var (repeat, earlier) = (await StoredAsync(held[i]), await StoredAsync(late[i]));
            Assert.Equal((1, 0), (repeat.EarlierReports, earlier.EarlierReports));
            Assert.Contains("Repeat victim: reported 1 time before (+25)", repeat.PriorityReasons);
            var link = await factory.WithDbAsync(db => db.Set<ReferralLink>().IgnoreQueryFilters().SingleAsync(l => l.ReferralId == repeat.Id));
            Assert.Equal(earlier.Id, link.EarlierReferralId);
        }

        // One audit entry names both re-scored referrals and the fields changed, never their values.
        var ids = (await Task.WhenAll(held.Select(StoredAsync))).Select(r => r.Id.ToString()).ToList();
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == ProtectHub.Core.Audit.AuditAction.Altered && a.Details != null
            && a.Details.Contains(ids[0]) && a.Details.Contains(ids[1])).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.StartsWith("Fields: EarlierReports, Priority, PriorityReasons. Records 2: ", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(surname, entry.Details, StringComparison.Ordinal);
    }

    /// <summary>Issue 21, gap 2: the queue sorts by any column on the server, and a supervisor assigns a selection at once, after confirming.</summary>
    [Fact]
    public async Task Queue_SortsByEachColumn_AndASupervisorAssignsASelection_OnlyWhatTheOfficerMayWork()
    {
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var supervisor = await _users.WithRoles(Role.Supervisor).WithTeams(Team.FraudProtect, Team.CyberProtect).BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        // Letters only: letters then digits would be read as a crime reference.
        var mark = "Srt" + new string(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 16))).ToArray());
        var (mia, aaron, zoe) = (NewReference(), NewReference(), NewReference());
        await ImportAsync(session, $"""
            {Header}
            {mia},30/10/2026,,Mia {mark},,,,,,NOTTS,Romance fraud,,,
            {aaron},31/10/2026,,Aaron {mark},,,,,,NOTTS,Ticket fraud,,,
            {zoe},29/10/2026,,Zoe {mark},,,,,,NOTTS,Ransomware,,,
            """);
        async Task<List<string>> NamesAsync(Session who, string query)
        {
            var (_, page) = await who.GetAsync($"/referrals?Q={mark}{query}");
            return page.QuerySelectorAll("[data-testid='referral-link']").Select(a => a.TextContent.Trim().Split(' ')[0]).ToList();
        }

        Assert.Equal(["Aaron", "Mia", "Zoe"], await NamesAsync(session, "&sort=victim&dir=asc"));
        Assert.Equal(["Zoe", "Mia", "Aaron"], await NamesAsync(session, "&sort=victim&dir=desc"));
        var (_, sorted) = await session.GetAsync($"/referrals?Q={mark}&sort=victim&dir=asc");
        Assert.Equal("ascending", sorted.TestId("sort-victim")!.ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal("none", sorted.TestId("sort-priority")!.ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal($"?page=1&Q={mark}&sort=victim&dir=desc", sorted.TestId("sort-victim")!.GetAttribute("href")); // Again: the other way.
        var due = new Dictionary<string, DateOnly> { ["Mia"] = (await StoredAsync(mia)).FirstContactDueOn, ["Aaron"] = (await StoredAsync(aaron)).FirstContactDueOn, ["Zoe"] = (await StoredAsync(zoe)).FirstContactDueOn };
        var byDue = await NamesAsync(session, "&sort=due&dir=asc");
        Assert.Equal(3, byDue.Count);
        Assert.Equal(byDue.Select(n => due[n]).Order(), byDue.Select(n => due[n])); // Soonest due first.
        var byDueLatest = await NamesAsync(session, "&sort=due&dir=desc");
        Assert.Equal(byDueLatest.Select(n => due[n]).OrderDescending(), byDueLatest.Select(n => due[n]));
        Assert.Null(sorted.QuerySelector("#OfficerId")); // An officer selects referrals for their letters, but assigns nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostFormAsync("/referrals/assign", [F("OfficerId", officer.Id.ToString())], formPage: "/referrals")).StatusCode);

        var boss = await Session.SignedInAsync(factory, supervisor);
        var (_, queue) = await boss.GetAsync($"/referrals?Q={mark}");
        var ids = queue.QuerySelectorAll("input[name='Ids']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(3, ids.Count);
        Assert.NotNull(queue.QuerySelector($"#OfficerId option[value='{officer.Id}']"));
        var none = await Html.ParseAsync(await boss.PostFormAsync("/referrals/assign", [F("OfficerId", officer.Id.ToString())], formPage: "/referrals"));
        Assert.Contains("Select the referrals to assign: tick them in the queue", none.ErrorSummary());
        var confirm = await Html.ParseAsync(await boss.PostFormAsync("/referrals/assign", [.. ids.Select(id => F("Ids", id)), F("OfficerId", officer.Id.ToString())], formPage: "/referrals"));
        var officerName = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.DisplayName).SingleAsync());
        Assert.Equal($"Assign 2 referrals to {officerName}", confirm.TestId("title")!.TextContent.Trim());
        Assert.Contains($"{zoe}: a Cyber Protect referral, and {officerName} is not in that team", confirm.TestId("refused")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await StoredAsync(mia)).AssignedToId); // Nothing is assigned until it is confirmed.

        var hidden = confirm.QuerySelectorAll("form input[type='hidden']").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => F(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        var done = await boss.PostFormAsync("/referrals/assign", hidden, formPage: "/referrals", handler: "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await boss.GetAsync("/referrals");
        Assert.Equal($"2 referrals assigned to {officerName}", after.TestId("success")!.TextContent.Trim());
        Assert.Equal((officer.Id, ReferralStatus.Assigned), ((await StoredAsync(mia)).AssignedToId!.Value, (await StoredAsync(mia)).Status));
        Assert.Equal(officer.Id, (await StoredAsync(aaron)).AssignedToId);
        Assert.Null((await StoredAsync(zoe)).AssignedToId);
    }

    [Fact]
    public async Task Workflow_AssignContactAdviseEscalateAndClose_WithTheServiceLevelOnHomeAndWorkload()
    {
        var officer = await _users.WithTeams(Team.FraudProtect).BuildAsync();
        var supervisor = await _users.WithRoles(Role.Supervisor).WithTeams(Team.FraudProtect).BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var reference = NewReference();
        await ImportAsync(session, $"{Header}\n{reference},30/10/2026,,Pat Jones,,,pat@example.org,,NG1 5FS,NOTTS,Online shopping fraud,40,,\n");
        var referral = await StoredAsync(reference);
        var url = $"/referrals/{referral.Id}";

        var boss = await Session.SignedInAsync(factory, supervisor);
        // The workload is shared between supervisors until a referral is saved: the assignment shows at once.
        var officerName = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == officer.Id).Select(u => u.DisplayName).SingleAsync());
        bool Listed(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("[data-testid='workload-row']").Any(r => r.Children[0].TextContent.Trim() == officerName);
        Assert.False(Listed((await boss.GetAsync("/referrals/workload")).Item2));
        await boss.PostFormAsync(url, [F("OfficerId", officer.Id.ToString())], handler: "Assign");
        Assert.Equal((ReferralStatus.Assigned, officer.Id), ((await StoredAsync(reference)).Status, (await StoredAsync(reference)).AssignedToId!.Value));
        Assert.True(Listed((await boss.GetAsync("/referrals/workload")).Item2));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/referrals/workload")).StatusCode);
        // A colleague cannot take it over; only a supervisor moves a referral between officers.
        var colleague = await Session.SignedInAsync(factory, await _users.WithTeams(Team.FraudProtect).BuildAsync());
        var refused = await Html.ParseAsync(await colleague.PostFormAsync(url, [], handler: "Pick"));
        Assert.Equal([$"This referral is assigned to {(await StoredAsync(reference)).AssignedToName}: ask a supervisor to reassign it"], refused.ErrorSummary());
        Assert.Equal(officer.Id, (await StoredAsync(reference)).AssignedToId);

        // Past the due date (five working days, at most seven calendar days here) without contact: overdue at home and in the workload.
        factory.Time.Advance(TimeSpan.FromDays(8));
        (session, boss) = (await Session.SignedInAsync(factory, officer), await Session.SignedInAsync(factory, supervisor)); // Sessions end after 12 hours.
        var (_, home) = await session.GetAsync("/");
        Assert.Contains(reference, home.TestId("overdue-referrals")!.TextContent, StringComparison.Ordinal);
        var (_, workload) = await boss.GetAsync("/referrals/workload");
        Assert.Contains(workload.QuerySelectorAll("[data-testid='workload-row']"), row => row.TextContent.Contains("Test Officer", StringComparison.Ordinal) && row.Children[2].TextContent.Trim() != "0");

        var empty = await Html.ParseAsync(await session.PostFormAsync(url + "/attempts/new", []));
        Assert.Equal(["Select how you tried to contact them", "Select what happened"], empty.ErrorSummary());
        var tooSoon = await Html.ParseAsync(await session.PostFormAsync(url + "/close", [F("Closure", "Uncontactable"), F("Reason", "No reply")]));
        Assert.Equal(["A referral can be closed as uncontactable after 3 failed attempts; this one has 0"], tooSoon.ErrorSummary());
        foreach (var outcome in new[] { "NoAnswer", "VoicemailLeft" })
        {
            await session.PostFormAsync(url + "/attempts/new", [F("Method", "Phone"), F("Outcome", outcome)]);
        }

        await session.PostFormAsync(url + "/attempts/new", [F("Method", "Phone"), F("Outcome", "AdviceGiven"), F("Notes", "Talked through safe online shopping")]);
        var contacted = await StoredAsync(reference);
        Assert.Equal((ReferralStatus.Contacted, 2), (contacted.Status, contacted.FailedAttempts));
        Assert.NotNull(contacted.FirstContactAt);

        var (_, advicePage) = await session.GetAsync(url + "/advice");
        var adviceOffered = advicePage.QuerySelectorAll("input[name='Advice']").Select(i => i.ParentElement!.TextContent.Trim()).ToList();
        Assert.Contains("Contact your bank straight away, using the number on the back of your card", adviceOffered);
        Assert.DoesNotContain("Back up important data offline and keep software and devices updated", adviceOffered); // Not for shopping fraud.
        var bank = advicePage.QuerySelectorAll("input[name='Advice']").First(i => i.ParentElement!.TextContent.Contains("Contact your bank", StringComparison.Ordinal)).GetAttribute("value")!;
        var takeFive = advicePage.QuerySelectorAll("input[name='Signposts']").First(i => i.ParentElement!.TextContent.Contains("Take Five", StringComparison.Ordinal)).GetAttribute("value")!;
        await session.PostFormAsync(url + "/advice", [F("Advice", bank), F("Signposts", takeFive)]);

        var noRoute = await Html.ParseAsync(await session.PostFormAsync(url + "/safeguarding", [F("Reason", "Confused about the calls")]));
        Assert.Equal(["Enter the safeguarding route, for example the force's vulnerability hub (up to 200 characters)"], noRoute.ErrorSummary());
        await session.PostFormAsync(url + "/safeguarding", [F("Route", "Nottinghamshire vulnerability hub"), F("Reason", "Confused about the calls")]);
        await session.PostFormAsync(url + "/close", [F("Closure", "AdviceGiven")]);

        var (_, closed) = await session.GetAsync(url);
        Assert.Equal("Advice given", closed.TestId("closure")!.TextContent);
        Assert.Contains("Contact your bank straight away", closed.TestId("advice-given")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Signposted to: Take Five to Stop Fraud.", closed.TestId("signposted")!.TextContent);
        Assert.Equal(3, (await session.GetAsync(url)).Document.QuerySelectorAll("[data-testid='attempts'] tbody tr").Length);
        var viewed = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordId == referral.Id.ToString() && a.Action == AuditAction.Viewed));
        Assert.True(viewed > 0);
    }

    [Fact]
    public async Task Satisfaction_TheVictimAnswersOnceThroughTheirLink_AndTheOfficerSeesTheAnswer()
    {
        var session = await Session.SignedInAsync(factory, await _users.BuildAsync());
        var reference = NewReference();
        await ImportAsync(session, $"{Header}\n{reference},30/10/2026,,Nia Owen,,,,,NG1 5FS,NOTTS,Hacking of social media or email,,,\n");
        var url = $"/referrals/{(await StoredAsync(reference)).Id}";
        await session.PostFormAsync(url, [], handler: "IssueSatisfaction");
        var (_, page) = await session.GetAsync(url);
        var path = new Uri(page.TestId("satisfaction-link")!.TextContent).AbsolutePath;
        Assert.Matches("^/satisfaction/[A-Za-z0-9_-]{32}$", path);

        var victim = new Session(factory); // No sign-in.
        var (form, formPage) = await victim.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.DoesNotContain("Nia Owen", formPage.Body!.TextContent, StringComparison.Ordinal);
        var empty = await Html.ParseAsync(await victim.PostFormAsync(path, []));
        Assert.Equal(["Select how satisfied you are with the help you received", "Select whether the advice helped you feel safer"], empty.ErrorSummary());
        var sent = await victim.PostFormAsync(path, [F("Satisfaction", "4"), F("FeelsSafer", "yes"), F("Comments", "Quick and kind")]);
        Assert.Equal("/satisfaction/thank-you", sent.Headers.Location!.OriginalString);
        var (_, again) = await victim.GetAsync(path);
        Assert.NotNull(again.TestId("already-answered"));
        var (_, answered) = await session.GetAsync(url);
        Assert.Equal("Satisfaction 4 out of 5; felt safer: yes. \"Quick and kind\"", answered.TestId("satisfaction-answer")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await victim.Client.GetAsync("/satisfaction/not-a-real-link-aaaaaaaaaaaaaaaaaaaaaa")).StatusCode);
    }

    [Fact]
    public async Task Access_OnlyProtectTeamsOfTheRegion_AndOnlyCoordinatorsSetTheRules()
    {
        var officer = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, officer);
        var reference = NewReference();
        await ImportAsync(session, $"{Header}\n{reference},30/10/2026,,Lee Park,,,,,NG1 5FS,NOTTS,Malware,,,\n");
        var id = (await StoredAsync(reference)).Id;
        var url = $"/referrals/{id}";
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(url)).StatusCode);
        // The queue lists only a few columns of each referral, and its read is still audited, naming every row shown.
        var (_, queue) = await session.GetAsync("/referrals?Q=" + reference);
        Assert.Equal([reference], queue.QuerySelectorAll("[data-testid='referral-row'] .govuk-body-s").Select(c => c.TextContent));
        // Issue 21 (bug 11): the start of a reference finds it, in any case.
        var (_, byPrefix) = await session.GetAsync("/referrals?Q=" + reference[..^2].ToLowerInvariant());
        Assert.Contains(reference, byPrefix.QuerySelectorAll("[data-testid='referral-row'] .govuk-body-s").Select(c => c.TextContent));
        Assert.Contains("Lee Park", queue.TestId("referrals")!.TextContent, StringComparison.Ordinal);
        var (listed, _) = await factory.WithServicesAsync(sp => sp.GetRequiredService<ProtectHub.Core.Audit.AuditLogService>().SearchAsync(
            new ProtectHub.Core.Audit.SearchAuditOptions { RecordId = id.ToString(), Action = ProtectHub.Core.Audit.AuditAction.Viewed }));
        Assert.Contains(listed, e => e.ActorId == officer.Id && e.Details!.Contains("Referrals/Index", StringComparison.Ordinal));

        var prevent = await Session.SignedInAsync(factory, await _users.WithTeams(Team.CyberPrevent).BuildAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await prevent.Client.GetAsync("/referrals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await prevent.Client.GetAsync(url)).StatusCode);
        var otherRegion = await Session.SignedInAsync(factory, await _users.InRegion("WA").WithTeams(Team.FraudProtect).BuildAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.Client.GetAsync(url)).StatusCode);
        var (_, otherQueue) = await otherRegion.GetAsync("/referrals?Q=" + reference);
        Assert.Equal("0 referrals", otherQueue.TestId("referral-count")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/referrals/rules")).StatusCode);

        var coordinator = await Session.SignedInAsync(factory, await _users.WithRoles(Role.Coordinator).WithTeams(Team.CyberProtect).BuildAsync());
        var (_, rules) = await coordinator.GetAsync("/referrals/rules");
        var fields = rules.QuerySelectorAll("input[name^='Values[']").Select(i => F(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        var bad = await Html.ParseAsync(await coordinator.PostFormAsync("/referrals/rules", [.. fields.Where(f => f.Key != "Values[FirstContactWorkingDays]"), F("Values[FirstContactWorkingDays]", "0")]));
        Assert.Equal(["Enter a number of working days from 1 to 60"], bad.ErrorSummary());
        var saved = await coordinator.PostFormAsync("/referrals/rules", [.. fields.Where(f => f.Key != "Values[ChildVictimPoints]"), F("Values[ChildVictimPoints]", "45"), F("PriorityOffences", "Malware")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Offence: Malware (+15)", (await StoredAsync(reference)).PriorityReasons);

        // Put the region's rules back as they were, for the other tests of this class.
        var original = rules.QuerySelectorAll("input[name='PriorityOffences'][checked]").Select(i => F("PriorityOffences", i.GetAttribute("value")!));
        await coordinator.PostFormAsync("/referrals/rules", [.. fields, .. original]);
        Assert.DoesNotContain("Offence: Malware (+15)", (await StoredAsync(reference)).PriorityReasons);
    }
}

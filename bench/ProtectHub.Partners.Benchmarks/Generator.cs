using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// The "generate" command: applies the migrations, then bulk-loads organisations (with memberships, notes, partnerships
/// and a few merged duplicates), contacts and engagements of one region with binary COPY into the real tables, writes the
/// import files, and runs VACUUM ANALYZE so the planner sees the new tables as they are.
/// </summary>
internal static class Generator
{
    private static readonly (EngagementKind Kind, int Weight)[] EngagementKinds =
    [
        (EngagementKind.Presentation, 25), (EngagementKind.Briefing, 12), (EngagementKind.Workshop, 10), (EngagementKind.Exercise, 6),
        (EngagementKind.Webinar, 12), (EngagementKind.ConferenceStand, 5), (EngagementKind.OneToOneAdvice, 18),
        (EngagementKind.VictimGroupSession, 4), (EngagementKind.MediaPost, 5), (EngagementKind.Other, 3),
    ];

    private static readonly (MembershipKind Kind, int Weight)[] MembershipKinds =
    [
        (MembershipKind.InformationSharingCommunity, 30), (MembershipKind.CyberResilienceCentre, 25), (MembershipKind.PoliceCyberAlarm, 20),
        (MembershipKind.CyberEssentials, 18), (MembershipKind.CyberEssentialsPlus, 7),
    ];

    private static readonly (LawfulBasis Basis, int Weight)[] LawfulBases =
    [
        (LawfulBasis.LegitimateInterests, 55), (LawfulBasis.Consent, 35), (LawfulBasis.PublicTask, 8), (LawfulBasis.LawEnforcement, 2),
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var connectionString = options.Required("connection");
        var region = options.Get("region", "EM");
        var organisationCount = options.Int("organisations", 100_000);
        var contactCount = options.Int("contacts", 300_000);
        var engagementCount = options.Int("engagements", 500_000);
        var csvRows = options.Int("csv-rows", 100_000);
        var seed = options.Int("seed", 4);
        var total = Stopwatch.StartNew();

        using (var services = CoreServices.Build(connectionString, ActorScope.System("bench:generate")))
        using (var scope = services.CreateScope())
        {
            var step = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().Database.MigrateAsync();
            Console.WriteLine($"migrations applied in {step.Elapsed.TotalSeconds:0.0} s");
        }

        // No command timeout: a COPY returns when the search-word triggers have run over all its rows, which took longer
        // than the default 30 s for 300,000 contacts on a busy 2-core machine (and so failed the generation).
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        var forces = await ForcesAsync(connection, region);
        if (forces.Count == 0)
        {
            throw new OptionException($"Region '{region}' has no forces in the forces table: use a region code such as EM");
        }

        // A region that already holds the declared data set is left as it is (exit 3); one that holds only a few records
        // (the demo records of a Development start) gets the whole declared set added, never a silent skip.
        var held = await ScalarAsync(connection, "SELECT count(*) FROM organisations WHERE \"RegionCode\" = @region", region);
        if (held >= organisationCount * 0.99 && !options.Has("append"))
        {
            await Console.Error.WriteLineAsync($"Region {region} already holds {held:N0} organisations: the data set is there. Use --append to add another.");
            return 3;
        }

        var officers = await OfficersAsync(connection, region);
        var realOfficers = officers.Count > 0;
        if (!realOfficers)
        {
            await Console.Error.WriteLineAsync($"No users in region {region} yet (start the web app once in Development to seed the demo users): " +
                "engagements get made-up lead officers and no partnerships are generated.");
            officers = Enumerable.Range(1, 12).Select(i => new Officer(Guid.CreateVersion7(), $"Officer {i}", [nameof(Team.CyberProtect)])).ToList();
        }

        var topics = await ListIdsAsync(connection, "Topic");
        var campaigns = await ListIdsAsync(connection, "Campaign");
        var now = DateTimeOffset.UtcNow;
        var data = new SyntheticPartners(new Random(seed), forces, officers, now);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var organisations = CopyOrganisations(connection, data, region, organisationCount, realOfficers);
            var picker = new SkewedPicker(data.Rng, organisations);
            CopyContacts(connection, data, region, picker, contactCount);
            CopyEngagements(connection, data, region, picker, topics, campaigns, engagementCount);
            await transaction.CommitAsync();

            var step = Stopwatch.StartNew();
            foreach (var table in new[] { "organisations", "organisation_memberships", "organisation_notes", "partnerships", "contacts", "engagements" })
            {
                await ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}");
            }

            Console.WriteLine($"VACUUM ANALYZE in {step.Elapsed.TotalSeconds:0.0} s");

            if (options.Get("contacts-csv") is { } contactsCsv)
            {
                WriteContactsCsv(contactsCsv, new SyntheticPartners(new Random(seed + 1), forces, officers, now), organisations, csvRows);
            }

            if (options.Get("organisations-csv") is { } organisationsCsv)
            {
                WriteOrganisationsCsv(organisationsCsv, new SyntheticPartners(new Random(seed + 2), forces, officers, now) { CompanyNumberStart = 5_000_000 },
                    organisations, csvRows);
            }
        }

        Console.WriteLine($"generate finished in {total.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static List<OrgRow> CopyOrganisations(NpgsqlConnection connection, SyntheticPartners data, string region, int count, bool realOfficers)
    {
        var clock = Stopwatch.StartNew();
        var rng = data.Rng;
        var organisations = new List<OrgRow>(count);
        for (var i = 0; i < count; i++)
        {
            organisations.Add(data.Organisation(data.Between(data.Now.AddYears(-6), data.Now.AddDays(-1))));
        }

        // About 0.3 % are duplicates that were merged into another record: hidden from lists, shown on the kept one's timeline.
        for (var i = 1; i < organisations.Count; i += 331)
        {
            organisations[i].MergedIntoId = organisations[i - 1].Id;
        }

        using (var writer = TableCopy.Begin(connection, """
            COPY organisations ("Id", "RegionCode", "Name", "NormalisedName", "Kind", "Sector", "Size", "ForceCode", "AddressLine1", "AddressLine2",
                "Town", "Postcode", "Website", "CompaniesHouseNumber", "CreatedAt", "CreatedBy", "MergedIntoId") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in organisations)
            {
                writer.StartRow();
                writer.Write(o.Id, NpgsqlDbType.Uuid);
                Text(writer, region);
                Text(writer, o.Name);
                Text(writer, o.NormalisedName);
                Text(writer, o.Kind.ToString());
                if (o.Sector is { } sector)
                {
                    writer.Write(sector.ToString(), NpgsqlDbType.Char);
                }
                else
                {
                    writer.WriteNull();
                }

                Text(writer, o.Size?.ToString());
                Text(writer, o.ForceCode);
                Text(writer, o.AddressLine1);
                Text(writer, o.AddressLine2);
                Text(writer, o.Town);
                Text(writer, o.Postcode);
                Text(writer, o.Website);
                Text(writer, o.CompaniesHouseNumber);
                writer.Write(o.CreatedAt, NpgsqlDbType.TimestampTz);
                NullableUuid(writer, o.CreatedBy);
                NullableUuid(writer, o.MergedIntoId);
            }

            writer.Complete();
        }

        Report("organisations", organisations.Count, clock);

        clock.Restart();
        var memberships = 0;
        using (var writer = TableCopy.Begin(connection, """
            COPY organisation_memberships ("Id", "OrganisationId", "Kind", "StartedOn", "EndedOn", "ExpiresOn", "RecordedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in organisations.Where(_ => data.Chance(0.3)))
            {
                var howMany = rng.Next(100) switch { < 70 => 1, < 95 => 2, _ => 3 };
                foreach (var kind in Enumerable.Range(0, howMany).Select(_ => data.Weighted(MembershipKinds)).Distinct())
                {
                    var recorded = data.Between(o.CreatedAt, data.Now);
                    var started = SyntheticPartners.Day(recorded).AddDays(-rng.Next(0, 60));
                    var certification = kind is MembershipKind.CyberEssentials or MembershipKind.CyberEssentialsPlus;
                    writer.StartRow();
                    writer.Write(data.V7(recorded), NpgsqlDbType.Uuid);
                    writer.Write(o.Id, NpgsqlDbType.Uuid);
                    Text(writer, kind.ToString());
                    writer.Write(started, NpgsqlDbType.Date);
                    NullableDate(writer, !certification && data.Chance(0.15) ? started.AddDays(rng.Next(90, 900)) : null);
                    NullableDate(writer, certification ? started.AddYears(1) : null);
                    writer.Write(recorded, NpgsqlDbType.TimestampTz);
                    memberships++;
                }
            }

            writer.Complete();
        }

        Report("memberships", memberships, clock);

        clock.Restart();
        var notes = 0;
        using (var writer = TableCopy.Begin(connection, """
            COPY organisation_notes ("Id", "OrganisationId", "Text", "AuthorName", "WrittenAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in organisations)
            {
                var howMany = rng.Next(100) switch { < 45 => 0, < 70 => 1, < 85 => 2, _ => rng.Next(3, 7) };
                for (var n = 0; n < howMany; n++)
                {
                    var written = data.Between(o.CreatedAt, data.Now);
                    writer.StartRow();
                    writer.Write(data.V7(written), NpgsqlDbType.Uuid);
                    writer.Write(o.Id, NpgsqlDbType.Uuid);
                    Text(writer, string.Format(CultureInfo.InvariantCulture, data.Pick(Vocabulary.NoteTemplates), data.Pick(Vocabulary.FirstNames)));
                    Text(writer, data.Pick(data.Officers).Name);
                    writer.Write(written, NpgsqlDbType.TimestampTz);
                    notes++;
                }
            }

            writer.Complete();
        }

        Report("notes", notes, clock);

        if (realOfficers)
        {
            clock.Restart();
            var partnerships = 0;
            using var writer = TableCopy.Begin(connection, """
                COPY partnerships ("Id", "OrganisationId", "Kind", "StartsOn", "ReviewOn", "LeadOfficerId", "LeadOfficerName", "Notes", "RecordedAt")
                FROM STDIN (FORMAT BINARY)
                """);
            foreach (var o in organisations.Where(o => o.MergedIntoId is null && data.Chance(o.Kind == OrganisationKind.Business ? 0.02 : 0.2)))
            {
                var recorded = data.Between(o.CreatedAt, data.Now);
                var starts = SyntheticPartners.Day(recorded);
                var lead = data.Pick(data.Officers);
                writer.StartRow();
                writer.Write(data.V7(recorded), NpgsqlDbType.Uuid);
                writer.Write(o.Id, NpgsqlDbType.Uuid);
                Text(writer, data.Pick(Enum.GetValues<PartnershipKind>()).ToString());
                writer.Write(starts, NpgsqlDbType.Date);
                NullableDate(writer, data.Chance(0.7) ? starts.AddYears(1) : null);
                writer.Write(lead.Id, NpgsqlDbType.Uuid);
                Text(writer, lead.Name);
                Text(writer, data.Chance(0.5) ? "Agreed at the quarterly meeting; review with the partner's lead." : null);
                writer.Write(recorded, NpgsqlDbType.TimestampTz);
                partnerships++;
            }

            writer.Complete();
            Report("partnerships", partnerships, clock);
        }

        return organisations;
    }

    private static void CopyContacts(NpgsqlConnection connection, SyntheticPartners data, string region, SkewedPicker picker, int count)
    {
        var clock = Stopwatch.StartNew();
        var rng = data.Rng;
        using var writer = TableCopy.Begin(connection, """
            COPY contacts ("Id", "RegionCode", "OrganisationId", "FullName", "JobRole", "Email", "NormalisedEmail", "Phone", "LawfulBasis",
                "ConsentGivenOn", "ConsentMethod", "AcceptsEmail", "AcceptsPhone", "AcceptsPost", "OptedOut", "OptedOutAt", "CreatedAt", "MergedIntoId")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var organisation = data.Chance(0.9) ? picker.Next() : null;
            var created = data.Between(organisation?.CreatedAt ?? data.Now.AddYears(-6), data.Now);
            var contact = NewContact(data, organisation);
            var basis = data.Weighted(LawfulBases);
            var optedOut = data.Chance(0.03);
            writer.StartRow();
            writer.Write(data.V7(created), NpgsqlDbType.Uuid);
            Text(writer, region);
            NullableUuid(writer, organisation?.Id);
            Text(writer, contact.Name);
            Text(writer, contact.JobTitle);
            Text(writer, contact.Email);
            Text(writer, contact.Email?.ToLowerInvariant());
            Text(writer, contact.Phone);
            Text(writer, basis.ToString());
            NullableDate(writer, basis == LawfulBasis.Consent ? SyntheticPartners.Day(created).AddDays(-rng.Next(0, 30)) : null);
            Text(writer, basis == LawfulBasis.Consent ? data.Pick(Vocabulary.ConsentMethods) : null);
            writer.Write(!optedOut && contact.Email is not null && data.Chance(0.8), NpgsqlDbType.Boolean);
            writer.Write(!optedOut && contact.Phone is not null && data.Chance(0.5), NpgsqlDbType.Boolean);
            writer.Write(!optedOut && data.Chance(0.2), NpgsqlDbType.Boolean);
            writer.Write(optedOut, NpgsqlDbType.Boolean);
            if (optedOut)
            {
                writer.Write(data.Between(created, data.Now), NpgsqlDbType.TimestampTz);
            }
            else
            {
                writer.WriteNull();
            }

            writer.Write(created, NpgsqlDbType.TimestampTz);
            writer.WriteNull();
        }

        writer.Complete();
        Report("contacts", count, clock);
    }

    private sealed record ContactValues(string Name, string? JobTitle, string? Email, string? Phone);

    private static ContactValues NewContact(SyntheticPartners data, OrgRow? organisation)
    {
        var first = data.Pick(Vocabulary.FirstNames);
        var last = data.Pick(Vocabulary.Surnames);
        var local = new string($"{first}.{last}".ToLowerInvariant().Normalize(NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
        var domain = organisation?.Domain ?? data.Pick(["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk"]);
        var email = data.Chance(0.9) ? $"{(data.Chance(0.2) ? local + data.Rng.Next(1, 99).ToString(CultureInfo.InvariantCulture) : local)}@{domain}" : null;
        return new ContactValues($"{first} {last}", organisation is null ? null : data.Pick(Vocabulary.JobTitles),
            email is not null && data.Chance(0.15) ? char.ToUpperInvariant(email[0]) + email[1..] : email,
            data.Chance(0.7) ? data.Phone() : null);
    }

    private static void CopyEngagements(NpgsqlConnection connection, SyntheticPartners data, string region, SkewedPicker picker,
        IReadOnlyList<(Guid Id, string Name)> topics, IReadOnlyList<(Guid Id, string Name)> campaigns, int count)
    {
        var clock = Stopwatch.StartNew();
        var rng = data.Rng;
        var teams = new (Team Team, int Weight)[] { (Team.CyberProtect, 45), (Team.FraudProtect, 35), (Team.CyberPrevent, 20) };
        using var writer = TableCopy.Begin(connection, """
            COPY engagements ("Id", "RegionCode", "Title", "Kind", "StartsAt", "DurationMinutes", "IsOnline", "Venue", "ForceCode", "Team",
                "LeadOfficerId", "LeadOfficerName", "AudienceTypes", "TopicIds", "CampaignIds", "OrganisationIds", "Status", "PeopleReached",
                "KeyLearning", "CancellationReason", "DeliveredRecordedAt", "CreatedAt", "FeedbackToken")
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var kind = data.Weighted(EngagementKinds);
            var team = data.Weighted(teams);
            var organisationCount = kind switch
            {
                EngagementKind.OneToOneAdvice => 1,
                EngagementKind.Webinar or EngagementKind.MediaPost => data.Chance(0.6) ? 0 : 1,
                _ => rng.Next(100) switch { < 10 => 0, < 85 => 1, _ => rng.Next(2, 5) },
            };
            var organisations = Enumerable.Range(0, organisationCount).Select(_ => picker.Next()).DistinctBy(o => o.Id).ToList();
            var first = organisations.FirstOrDefault();
            var day = data.Between(data.Now.AddYears(-4), data.Now.AddDays(180));
            var startsAt = new DateTimeOffset(day.Year, day.Month, day.Day, rng.Next(8, 19), rng.Next(2) * 30, 0, TimeSpan.Zero);
            var earliest = startsAt.AddDays(-60);
            if (first is not null && first.CreatedAt > earliest)
            {
                earliest = first.CreatedAt;
            }

            var created = data.Between(earliest, startsAt.AddDays(-1));
            if (created > data.Now)
            {
                created = data.Now.AddDays(-rng.Next(1, 30));
            }

            var status = startsAt > data.Now
                ? data.Chance(0.05) ? EngagementStatus.Cancelled : EngagementStatus.Planned
                : rng.Next(100) switch
                {
                    < 55 => EngagementStatus.Reviewed,
                    < 85 => EngagementStatus.Delivered,
                    < 92 => EngagementStatus.Cancelled,
                    _ => EngagementStatus.Planned,
                };
            var online = kind == EngagementKind.Webinar || (kind != EngagementKind.ConferenceStand && data.Chance(0.2));
            var town = first?.Town ?? data.Place(first?.ForceCode ?? data.Force()).Town;
            var audience = Audience(data, team, first);
            var topic = data.Pick(topics);
            var eligible = data.Officers.Where(o => o.Teams.Contains(team.ToString())).ToList();
            var lead = eligible.Count > 0 ? data.Pick(eligible) : data.Pick(data.Officers);
            var delivered = status is EngagementStatus.Delivered or EngagementStatus.Reviewed;
            var title = $"{Vocabulary.TopicTitleWord(topic.Name)} {KindWords(data, kind, town)}" +
                (first is not null ? $" – {first.Name}" : $" for {EngagementNames.Of(audience[0]).ToLowerInvariant()}");
            writer.StartRow();
            writer.Write(data.V7(created), NpgsqlDbType.Uuid);
            Text(writer, region);
            Text(writer, title.Length > 200 ? title[..200] : title);
            Text(writer, kind.ToString());
            writer.Write(startsAt, NpgsqlDbType.TimestampTz);
            writer.Write(data.Pick([30, 45, 60, 60, 90, 120, 180, 240]), NpgsqlDbType.Integer);
            writer.Write(online, NpgsqlDbType.Boolean);
            Text(writer, online ? null : first is not null && data.Chance(0.7) ? $"{first.Name}, {first.Town}" : $"{town} {data.Pick(["Library", "Community Centre", "Police Station", "Guildhall", "Business Centre"])}");
            Text(writer, first?.ForceCode ?? data.Force());
            Text(writer, team.ToString());
            writer.Write(lead.Id, NpgsqlDbType.Uuid);
            Text(writer, lead.Name);
            writer.Write(audience.Select(a => a.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.Write(new[] { topic.Id }.Concat(Enumerable.Range(0, rng.Next(0, 3)).Select(_ => data.Pick(topics).Id)).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            writer.Write(Enumerable.Range(0, rng.Next(0, 3)).Select(_ => data.Pick(campaigns).Id).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            writer.Write(organisations.Select(o => o.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            Text(writer, status.ToString());
            if (delivered)
            {
                writer.Write(kind == EngagementKind.MediaPost ? rng.Next(200, 20_000) : kind == EngagementKind.OneToOneAdvice ? rng.Next(1, 4) : rng.Next(5, 120), NpgsqlDbType.Integer);
            }
            else
            {
                writer.WriteNull();
            }

            Text(writer, delivered && data.Chance(0.3) ? data.Pick(Vocabulary.KeyLearnings) : null);
            Text(writer, status == EngagementStatus.Cancelled ? data.Pick(Vocabulary.CancellationReasons) : null);
            if (delivered)
            {
                var recorded = startsAt.AddDays(rng.Next(0, 10)).AddHours(2);
                writer.Write(recorded > data.Now ? data.Now : recorded, NpgsqlDbType.TimestampTz);
            }
            else
            {
                writer.WriteNull();
            }

            writer.Write(created, NpgsqlDbType.TimestampTz);
            writer.WriteNull();
        }

        writer.Complete();
        Report("engagements", count, clock);
    }

    private static string KindWords(SyntheticPartners data, EngagementKind kind, string town) => kind switch
    {
        EngagementKind.Presentation => data.Pick(["awareness presentation", "presentation", "talk"]),
        EngagementKind.Briefing => data.Pick(["briefing", "staff briefing", "board briefing"]),
        EngagementKind.Workshop => "workshop",
        EngagementKind.Exercise => data.Pick(["Exercise in a Box session", "tabletop exercise"]),
        EngagementKind.Webinar => "webinar",
        EngagementKind.ConferenceStand => $"stand at the {town} business show",
        EngagementKind.OneToOneAdvice => "one-to-one advice",
        EngagementKind.VictimGroupSession => "victim support group session",
        EngagementKind.MediaPost => "social media post",
        _ => "awareness session",
    };

    private static AudienceType[] Audience(SyntheticPartners data, Team team, OrgRow? organisation)
    {
        var main = team == Team.CyberPrevent
            ? data.Chance(0.7) ? AudienceType.StudentsAndYoungPeople : AudienceType.EducationStaff
            : organisation?.Kind switch
            {
                OrganisationKind.Business => organisation.Size == SizeBand.Large ? AudienceType.LargeBusiness : AudienceType.SmeStaff,
                OrganisationKind.Charity => AudienceType.Charity,
                OrganisationKind.Education => AudienceType.EducationStaff,
                OrganisationKind.PublicBody => AudienceType.PublicSector,
                OrganisationKind.LawEnforcement => AudienceType.LawEnforcement,
                OrganisationKind.TradeBody => AudienceType.SmeStaff,
                _ => team == Team.FraudProtect && data.Chance(0.5) ? AudienceType.OlderPeople : AudienceType.GeneralPublic,
            };
        return data.Chance(0.25) ? new[] { main, data.Pick(Enum.GetValues<AudienceType>()) }.Distinct().ToArray() : [main];
    }

    /// <summary>
    /// The contacts import file as a spreadsheet of an event's sign-ups would look (UK dates): new people at organisations
    /// the region already holds (names that are not ambiguous), and about 1 % with a mistake (an email without @) to report.
    /// </summary>
    private static void WriteContactsCsv(string path, SyntheticPartners data, List<OrgRow> organisations, int rows)
    {
        var unique = organisations.Where(o => o.MergedIntoId is null).GroupBy(o => o.NormalisedName, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).Select(g => g.First()).ToList();
        using var csv = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        csv.WriteLine("Name,Job title,Email,Phone,Organisation,Lawful basis,Consent date,Consent method,Email OK,Phone OK,Post OK");
        for (var i = 0; i < rows; i++)
        {
            var organisation = data.Chance(0.9) ? data.Pick(unique) : null;
            var contact = NewContact(data, organisation);
            var basis = data.Weighted(LawfulBases);
            var email = contact.Email;
            if (data.Chance(0.01))
            {
                email = $"{contact.Name.Replace(' ', '.').ToLowerInvariant()} at {organisation?.Domain ?? "example.com"}";
            }

            var consentDate = basis == LawfulBasis.Consent ? SyntheticPartners.Day(data.Between(data.Now.AddYears(-2), data.Now)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
            WriteCsvRow(csv,
            [
                contact.Name, contact.JobTitle, email, contact.Phone, organisation?.Name,
                basis switch
                {
                    LawfulBasis.Consent => "Consent",
                    LawfulBasis.LegitimateInterests => "Legitimate interests",
                    LawfulBasis.PublicTask => "Public task",
                    _ => "Law enforcement",
                },
                consentDate, basis == LawfulBasis.Consent ? data.Pick(Vocabulary.ConsentMethods) : "",
                email is not null && data.Chance(0.8) ? "Yes" : "No", contact.Phone is not null && data.Chance(0.5) ? "Yes" : "No", data.Chance(0.2) ? "Yes" : "No",
            ]);
        }

        Console.WriteLine($"contacts import file: {rows:N0} rows in {path} ({new FileInfo(path).Length / 1024.0 / 1024:0.0} MB)");
    }

    /// <summary>The organisations import file: new organisations, 1 % already held (same Companies House number) and 1 % with a bad postcode.</summary>
    private static void WriteOrganisationsCsv(string path, SyntheticPartners data, List<OrgRow> held, int rows)
    {
        using var csv = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        csv.WriteLine("Organisation name,Type,Sector,Number of staff,Force,Address,Address 2,Town,Postcode,Website,Company number");
        for (var i = 0; i < rows; i++)
        {
            var o = data.Chance(0.01) ? held[data.Rng.Next(held.Count)] : data.Organisation(data.Now);
            var postcode = data.Chance(0.01) ? "XX9 9XX" : o.Postcode;
            WriteCsvRow(csv,
            [
                o.Name,
                o.Kind switch
                {
                    OrganisationKind.Education => data.Pick(["School", "Academy", "College", "Education"]),
                    OrganisationKind.PublicBody => data.Pick(["Council", "Public body", "NHS"]),
                    OrganisationKind.TradeBody => "Trade body",
                    OrganisationKind.LawEnforcement => "Police",
                    _ => o.Kind.ToString(),
                },
                o.Sector is { } s ? $"{s} - {PartnerNames.SicSections[s]}" : "",
                o.Staff?.ToString(CultureInfo.InvariantCulture), data.ForceName(o.ForceCode), o.AddressLine1, o.AddressLine2, o.Town, postcode,
                o.Website?.Replace("https://", "", StringComparison.Ordinal), o.CompaniesHouseNumber,
            ]);
        }

        Console.WriteLine($"organisations import file: {rows:N0} rows in {path} ({new FileInfo(path).Length / 1024.0 / 1024:0.0} MB)");
    }

    private static void WriteCsvRow(StreamWriter csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Write(',');
            }

            var cell = cells[i] ?? "";
            csv.Write(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Write("\r\n");
    }

    private static void Text(TableCopy writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void NullableUuid(TableCopy writer, Guid? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Uuid);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void NullableDate(TableCopy writer, DateOnly? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Date);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void Report(string what, int rows, Stopwatch clock) =>
        Console.WriteLine($"{what,-14} {rows,9:N0} rows in {clock.Elapsed.TotalSeconds,6:0.0} s ({rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001),9:N0} rows/s)");

    private static async Task<List<(string Code, string Name)>> ForcesAsync(NpgsqlConnection connection, string region)
    {
        await using var command = new NpgsqlCommand("SELECT \"Code\", \"Name\" FROM forces WHERE \"RegionCode\" = @region ORDER BY \"Code\"", connection);
        command.Parameters.AddWithValue("region", region);
        var forces = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            forces.Add((reader.GetString(0), reader.GetString(1)));
        }

        return forces;
    }

    /// <summary>The region's active users who do the work (officers to heads of unit), with their teams.</summary>
    private static async Task<List<Officer>> OfficersAsync(NpgsqlConnection connection, string region)
    {
        await using var command = new NpgsqlCommand("""
            SELECT "Id", "DisplayName", "Teams" FROM users
            WHERE "RegionCode" = @region AND NOT "IsDisabled" AND "Roles" && ARRAY['Officer', 'Supervisor', 'Coordinator', 'HeadOfUnit']
            ORDER BY "Id"
            """, connection);
        command.Parameters.AddWithValue("region", region);
        var officers = new List<Officer>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            officers.Add(new Officer(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
        }

        return officers;
    }

    private static async Task<List<(Guid Id, string Name)>> ListIdsAsync(NpgsqlConnection connection, string kind)
    {
        await using var command = new NpgsqlCommand("SELECT \"Id\", \"Name\" FROM managed_list_items WHERE \"Kind\" = @kind AND NOT \"IsRetired\" ORDER BY \"Name\"", connection);
        command.Parameters.AddWithValue("kind", kind);
        var items = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return items;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, string region)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("region", region);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Picks organisations the way work spreads in real life: a few very active partners, a long tail of occasional
    /// ones. Merged (hidden) records are never picked.
    /// </summary>
    private sealed class SkewedPicker
    {
        private readonly Random _rng;
        private readonly OrgRow[] _order;

        public SkewedPicker(Random rng, List<OrgRow> organisations)
        {
            _rng = rng;
            _order = organisations.Where(o => o.MergedIntoId is null).ToArray();
            rng.Shuffle(_order);
        }

        public OrgRow Next() => _order[(int)(_order.Length * Math.Pow(_rng.NextDouble(), 1.6))];
    }
}

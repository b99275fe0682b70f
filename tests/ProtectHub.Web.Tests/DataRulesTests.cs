using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>The rules the DbContext and the provider capabilities keep for every area, on the database under test.</summary>
public sealed class DataRulesTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 8, 30, 15, TimeSpan.Zero);

    [Fact]
    public async Task BulkWriter_WritesEveryStoredColumnOfAContact()
    {
        var organisation = new Organisation { RegionCode = "EM", Name = "Bulk " + Guid.NewGuid().ToString("N")[..6], NormalisedName = "bulk", ForceCode = "NOTTS" };
        var kept = new Contact { RegionCode = "EM", FullName = "Kept Person", CreatedAt = At };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(organisation, kept);
            return await db.SaveChangesAsync();
        });

        var contact = new Contact
        {
            RegionCode = "EM",
            OrganisationId = organisation.Id,
            FullName = "Every Column",
            JobRole = "Head of IT",
            Email = "Every@Example.org",
            NormalisedEmail = "every@example.org",
            Phone = "0115 496 0000",
            LawfulBasis = LawfulBasis.PublicTask,
            ConsentGivenOn = new DateOnly(2026, 9, 1),
            ConsentMethod = "Form",
            AcceptsEmail = true,
            AcceptsPhone = true,
            AcceptsPost = true,
            OptedOut = true,
            OptedOutAt = At.AddDays(1),
            CreatedAt = At,
            MergedIntoId = kept.Id,
            Version = 7,
            ChangedById = Guid.NewGuid(),
            ChangedAt = At.AddHours(1),
        };
        await AssertRoundTripsAsync(contact, db => db.Set<Contact>().IncludingMerged(),
            // Stamped by the writer as the change tracker stamps a record it adds.
            stamped: [nameof(Contact.ChangedById), nameof(Contact.ChangedAt)]);
    }

    [Fact]
    public async Task BulkWriter_WritesEveryStoredColumnOfAnAdvisoryMessage()
    {
        var advisory = new Core.Advisories.Advisory
        {
            RegionCode = "EM",
            Reference = "ADV-BULK-" + Guid.NewGuid().ToString("N")[..6],
            Title = "Bulk",
            Summary = "Bulk",
            RecommendedActions = "Bulk",
            CreatedByName = "Test",
            CreatedAt = At,
            UpdatedAt = At,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Add(advisory);
            return await db.SaveChangesAsync();
        });
        var message = new Core.Advisories.AdvisoryMessage
        {
            AdvisoryId = advisory.Id,
            RegionCode = "EM",
            Kind = Core.Advisories.MessageKind.Reminder,
            ContactId = Guid.NewGuid(),
            OrganisationId = Guid.NewGuid(),
            OrganisationName = "Every Column Ltd",
            Name = "Every Column",
            Email = "every@example.org",
            Token = "token-" + Guid.NewGuid().ToString("N"),
            Status = Core.Advisories.MessageStatus.Bounced,
            Attempts = 3,
            QueuedAt = At,
            NextAttemptAt = At.AddMinutes(4),
            ClaimedBy = "instance/claim",
            ClaimedUntil = At.AddMinutes(6),
            SentAt = At.AddMinutes(5),
            HandedOverAt = At.AddMinutes(5).AddSeconds(-1),
            LastError = "550 5.1.1 mailbox unavailable",
            Acknowledgement = Core.Advisories.Acknowledgement.ActedOn,
            AcknowledgedAt = At.AddDays(1),
        };
        await AssertRoundTripsAsync(message, db => db.Set<Core.Advisories.AdvisoryMessage>(), stamped: []);
    }

    [Fact]
    public async Task BulkWriter_WritesEveryStoredColumnOfAReferralAndALink()
    {
        var referral = NewReferral();
        await AssertRoundTripsAsync(referral, db => db.Set<VictimReferral>(), stamped: []);

        var earlier = NewReferral();
        await factory.WithDbAsync(async db =>
        {
            db.Add(earlier);
            return await db.SaveChangesAsync();
        });
        var link = new ReferralLink
        {
            RegionCode = "EM",
            ReferralId = referral.Id,
            EarlierReferralId = earlier.Id,
            MatchProbability = 0.987,
            Summary = "Same date of birth; email differs. Likely the same person.",
            Explanation = ["dob: exact match, +14.4", "email: no match, -6.0"],
            Decision = LinkDecision.Confirmed,
            DecidedBy = "Officer",
            DecidedAt = At.AddDays(2),
            FoundAt = At.AddDays(1),
        };
        await AssertRoundTripsAsync(link, db => db.Set<ReferralLink>(), stamped: []);
    }

    [Fact]
    public async Task BulkWriter_UpdatesOnlyTheNamedColumns_AndAuditsThem()
    {
        var referral = NewReferral();
        await factory.WithDbAsync(async db =>
        {
            db.Add(referral);
            return await db.SaveChangesAsync();
        });

        var (stored, audit) = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHubDbContext>();
            var copy = await db.Set<VictimReferral>().AsNoTracking().SingleAsync(r => r.Id == referral.Id);
            copy.Priority = 99;
            copy.PriorityReasons = ["Re-scored"];
            copy.Summary = "not to be written";
            await sp.GetRequiredService<IBulkWriter>().UpdateAsync(db, [copy], [nameof(VictimReferral.Priority), nameof(VictimReferral.PriorityReasons)]);
            db.ChangeTracker.Clear();
            return (await db.Set<VictimReferral>().AsNoTracking().SingleAsync(r => r.Id == referral.Id),
                await db.AuditEntries.AsNoTracking().Where(a => a.Details!.Contains(referral.Id.ToString())).OrderBy(a => a.Sequence).Select(a => a.Details).ToListAsync());
        });

        Assert.Equal(99, stored.Priority);
        Assert.Equal(["Re-scored"], stored.PriorityReasons);
        Assert.Equal(referral.Summary, stored.Summary);
        Assert.Contains(audit, d => d!.StartsWith("Fields: Priority, PriorityReasons. Records 1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MergedRecords_AreLeftOutOfEveryQuery_UnlessAskedFor_AndStayInTheirRegion()
    {
        var t = Guid.NewGuid().ToString("N")[..8];
        var kept = new Organisation { RegionCode = "EM", Name = "Kept " + t, NormalisedName = "kept " + t, ForceCode = "NOTTS" };
        var merged = new Organisation { RegionCode = "EM", Name = "Merged " + t, NormalisedName = "merged " + t, ForceCode = "NOTTS", MergedIntoId = kept.Id };
        var elsewhere = new Organisation { RegionCode = "WM", Name = "Elsewhere " + t, NormalisedName = "elsewhere " + t, ForceCode = "WESTMIDS", MergedIntoId = kept.Id };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(kept, merged, elsewhere);
            return await db.SaveChangesAsync();
        });

        var (current, including) = await factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(Guid.NewGuid(), "EM officer", "EM", [Role.Officer], null);
            var db = sp.GetRequiredService<ProtectHubDbContext>();
            var names = db.Set<Organisation>().Where(o => o.Name.EndsWith(t));
            return (await names.Select(o => o.Name).ToListAsync(), await names.IncludingMerged().Select(o => o.Name).OrderBy(n => n).ToListAsync());
        });

        Assert.Equal(["Kept " + t], current);
        Assert.Equal(["Kept " + t, "Merged " + t], including);
    }

    [Fact]
    public async Task SynchronousSave_ChainsItsAuditEntries_AsTheAsynchronousOneDoes()
    {
        var contact = new Contact { RegionCode = "EM", FullName = "Sync Save", CreatedAt = At };
        var (entry, verified) = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHubDbContext>();
            db.Add(contact);
            db.SaveChanges();
            var saved = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.RecordId == contact.Id.ToString());
            var verification = await sp.GetRequiredService<AuditLogService>().VerifyAsync();
            return (saved, verification);
        });

        Assert.Equal(AuditAction.Collected, entry.Action);
        Assert.True(entry.Sequence > 0);
        Assert.True(verified.IsIntact, verified.ToString());
    }

    private static VictimReferral NewReferral() => new()
    {
        RegionCode = "EM",
        ForceCode = "NOTTS",
        CrimeReference = "NFRC" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999),
        ReportedOn = new DateOnly(2026, 9, 20),
        OffenceOn = new DateOnly(2026, 9, 18),
        VictimType = VictimType.Organisation,
        FullName = "Every Column",
        OrganisationName = "Corner Shop",
        DateOfBirth = new DateOnly(1950, 5, 6),
        Email = "victim@example.org",
        Phone = "07700 900123",
        AddressLine1 = "1 High Street",
        Town = "Nottingham",
        Postcode = "NG1 1AA",
        OffenceCategory = OffenceCategory.InvestmentFraud,
        AmountLost = 1234.56m,
        Summary = "Summary",
        VulnerabilityFlags = ["Elderly"],
        Team = Team.FraudProtect,
        Status = ReferralStatus.Closed,
        Priority = 3,
        PriorityReasons = ["Aged 76"],
        AssignedToId = Guid.NewGuid(),
        AssignedToName = "Officer",
        ReceivedAt = At,
        FirstContactDueOn = new DateOnly(2026, 10, 8),
        FirstContactAt = At.AddDays(1),
        FirstContactWorkingDays = 1,
        ContactedInTime = true,
        FailedAttempts = 2,
        ClosedAt = At.AddDays(3),
        Closure = ReferralClosure.Declined,
        ClosureReason = "Advised",
        AdviceGiven = [Guid.NewGuid()],
        Signposted = [Guid.NewGuid()],
        SafeguardingRoute = "Adult social care",
        SafeguardingReason = "Risk",
        EscalatedAt = At.AddDays(2),
        EarlierReports = 1,
        SatisfactionToken = "token-" + Guid.NewGuid().ToString("N"),
        Satisfaction = 4,
        FeelsSafer = "Yes",
        SatisfactionComments = "Thanks",
        SatisfactionAt = At.AddDays(5),
        ImportId = Guid.NewGuid(),
        RowHash = "hash",
        UpdatedAt = At.AddDays(3),
        AnonymisedAt = At.AddDays(400),
    };

    /// <summary>
    /// Inserts a record through the provider's bulk writer and reads it back: every stored column of the entity must
    /// hold what was written. The record must set every column to a value other than its default, so a column added to
    /// the entity later fails here until the test sets it, and then proves the writer writes it.
    /// </summary>
    private async Task AssertRoundTripsAsync<T>(T record, Func<ProtectHubDbContext, IQueryable<T>> set, string[] stamped) where T : class
    {
        var (properties, loaded) = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProtectHubDbContext>();
            var entity = db.Model.FindEntityType(typeof(T))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var stored = entity.GetProperties().Where(p => p.GetColumnName(table) is not null && p.GetComputedColumnSql(table) is null).ToList();
            foreach (var property in stored.Where(p => !stamped.Contains(p.Name)))
            {
                var value = property.PropertyInfo!.GetValue(record);
                var unset = value is null || value.Equals(property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null)
                    || (value is ICollection { Count: 0 }) || (value is string { Length: 0 });
                Assert.False(unset, $"The test must set {typeof(T).Name}.{property.Name} to a value other than its default.");
            }

            db.GroupCollectedEntries = true;
            await sp.GetRequiredService<IBulkWriter>().InsertAsync(db, [record]);
            db.ChangeTracker.Clear();
            var id = (Guid)entity.FindPrimaryKey()!.Properties[0].PropertyInfo!.GetValue(record)!;
            return (stored, await set(db).AsNoTracking().SingleAsync(e => EF.Property<Guid>(e, "Id") == id));
        });

        foreach (var property in properties)
        {
            var expected = property.PropertyInfo!.GetValue(record);
            var actual = property.PropertyInfo.GetValue(loaded);
            if (expected is IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>().ToList(), ((IEnumerable)actual!).Cast<object>().ToList());
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{typeof(T).Name}.{property.Name}: wrote {expected}, read {actual}.");
            }
        }
    }
}

using ProtectHub.Core.Access;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.TestCommon;

/// <summary>
/// Records a test needs, saved straight through the core's DbContext (so audited and counted like any save), with
/// everything the test does not name filled in plausibly. Each is in East Midlands unless the test says otherwise; names
/// and references are unique, so tests sharing a database do not see each other's records.
/// </summary>
public sealed class TestData(ProtectHubFactory factory)
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string FirstForceOf(string region) => Core.Regions.PoliceReferenceData.ForcesOf(region)[0].Code;

    public Task<Organisation> CreateOrganisationAsync(string? name = null, string region = "EM", string? force = null, char? sector = 'J',
        SizeBand? size = SizeBand.Small, string? postcode = null, string? town = null) => SaveAsync(new Organisation
        {
            Name = name ??= $"Test Organisation {Unique()}",
            NormalisedName = OrganisationDirectory.NormaliseName(name),
            RegionCode = region,
            ForceCode = force ?? FirstForceOf(region),
            Kind = OrganisationKind.Business,
            Sector = sector,
            Size = size,
            Postcode = postcode,
            Town = town,
            CreatedAt = factory.Time.GetUtcNow(),
        });

    public Task<Contact> CreateContactAsync(Guid? organisationId = null, string? name = null, string region = "EM", string? email = null) => SaveAsync(new Contact
    {
        RegionCode = region,
        OrganisationId = organisationId,
        FullName = name ?? $"Test Person {Unique()}",
        Email = email,
        NormalisedEmail = email?.Trim().ToLowerInvariant(),
        LawfulBasis = LawfulBasis.LegitimateInterests,
        CreatedAt = factory.Time.GetUtcNow(),
    });

    /// <summary>A victim referral received two days ago, first contact due in two days, for the team given.</summary>
    public Task<VictimReferral> CreateReferralAsync(Team team = Team.FraudProtect, ReferralStatus status = ReferralStatus.New, string region = "EM") => SaveAsync(new VictimReferral
    {
        RegionCode = region,
        ForceCode = FirstForceOf(region),
        CrimeReference = "NFRT" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReportedOn = DateOnly.FromDateTime(factory.Time.GetUtcNow().AddDays(-3).UtcDateTime),
        VictimType = VictimType.Individual,
        FullName = $"Test Victim {Unique()}",
        OffenceCategory = team == Team.CyberProtect ? OffenceCategory.Ransomware : OffenceCategory.RomanceFraud,
        Team = team,
        Status = status,
        ReceivedAt = factory.Time.GetUtcNow().AddDays(-2),
        FirstContactDueOn = DateOnly.FromDateTime(factory.Time.GetUtcNow().AddDays(2).UtcDateTime),
        UpdatedAt = factory.Time.GetUtcNow(),
    });

    /// <summary>An engagement led by <paramref name="leadOfficerId"/>, starting <paramref name="startsInDays"/> days from now (planned if ahead).</summary>
    public Task<Core.Engagements.Engagement> CreateEngagementAsync(Guid leadOfficerId, int startsInDays = 14, string region = "EM",
        Core.Engagements.EngagementStatus? status = null) => SaveAsync(new Core.Engagements.Engagement
        {
            RegionCode = region,
            Title = $"Test Engagement {Unique()}",
            Kind = Core.Engagements.EngagementKind.Presentation,
            StartsAt = factory.Time.GetUtcNow().AddDays(startsInDays),
            DurationMinutes = 60,
            Venue = "Test venue",
            ForceCode = FirstForceOf(region),
            Team = Team.CyberProtect,
            LeadOfficerId = leadOfficerId,
            LeadOfficerName = "Test Officer",
            AudienceTypes = [Core.Engagements.AudienceType.SmeStaff],
            Status = status ?? (startsInDays > 0 ? Core.Engagements.EngagementStatus.Planned : Core.Engagements.EngagementStatus.Delivered),
            CreatedAt = factory.Time.GetUtcNow(),
        });

    private Task<T> SaveAsync<T>(T record) where T : class => factory.WithDbAsync(async db =>
    {
        db.Add(record);
        await db.SaveChangesAsync();
        return record;
    });
}

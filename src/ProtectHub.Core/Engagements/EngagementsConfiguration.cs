using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Engagements;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("engagements");
        builder.Property(e => e.RegionCode).HasMaxLength(8);
        builder.Property(e => e.Title).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.CpdHours).HasPrecision(5, 1);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Team).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.ForceCode).HasMaxLength(32);
        builder.Property(e => e.LeadOfficerName).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.KeyLearning).HasMaxLength(TextLimits.Notes);
        builder.Property(e => e.CancellationReason).HasMaxLength(1000);
        builder.Property(e => e.ReviewedByName).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.ReviewComments).HasMaxLength(TextLimits.Paragraph);
        builder.PrimitiveCollection(e => e.AudienceTypes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(e => e.TopicIds);
        builder.PrimitiveCollection(e => e.CampaignIds);
        builder.PrimitiveCollection(e => e.OrganisationIds);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Force>().WithMany().HasForeignKey(e => e.ForceCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.SearchTitle).HasMaxLength(200).HasComputedColumnSql("lower(\"Title\")", stored: true);
        // The list in date order, with its filters (team, kind, status) as trailing keys, checked inside the index, and
        // the lower-case title included, so that a count of a common word's matches stops after the first thousand
        // without reading a row or lower-casing a title (29 ms, then 7 to 22 ms with lower(), then 3 to 6 ms, with
        // 500,000 engagements).
        builder.HasIndex(e => new { e.RegionCode, e.StartsAt, e.Id, e.Team, e.Kind, e.Status }, "IX_engagements_RegionCode_StartsAt_Id")
            .Covering(e => new { e.SearchTitle });
        builder.HasIndex(e => new { e.RegionCode, e.Status, e.StartsAt, e.Id, e.Team, e.Kind }, "IX_engagements_RegionCode_Status_StartsAt_Id");
        builder.Property(e => e.FeedbackToken).HasMaxLength(64);
        builder.HasIndex(e => e.FeedbackToken).IsUnique();
        builder.PrimitiveCollection(e => e.SupportingOfficerIds);
        builder.PrimitiveCollection(e => e.Sectors);
        builder.Property(e => e.RegistrationToken).HasMaxLength(64);
        builder.HasIndex(e => e.RegistrationToken).IsUnique();
        builder.HasIndex(e => e.LeadOfficerId);
    }
}

internal sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> builder)
    {
        builder.ToTable("follow_up_actions");
        builder.Property(a => a.RegionCode).HasMaxLength(8);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.OwnerName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(a => a.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OwnerId, a.CompletedAt });
        builder.HasIndex(a => new { a.RegionCode, a.DueOn });
    }
}

internal sealed class ManagedListItemConfiguration : IEntityTypeConfiguration<ManagedListItem>
{
    public void Configure(EntityTypeBuilder<ManagedListItem> builder)
    {
        builder.ToTable("managed_list_items");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Name).HasMaxLength(TextLimits.Line);
        builder.HasIndex(i => new { i.Kind, i.Name }).IsUnique();
        // Fixed ids so that the seed is the same in every database and migrations can refer to it.
        builder.HasData(
            EngagementNames.StarterTopics.Select((name, i) => new ManagedListItem { Id = SeedId(1, i), Kind = ManagedListKind.Topic, Name = name })
                .Concat(EngagementNames.StarterCampaigns.Select((name, i) => new ManagedListItem { Id = SeedId(2, i), Kind = ManagedListKind.Campaign, Name = name })));
    }

    private static Guid SeedId(int list, int index) => new($"00000000-0000-7000-8000-{list:D4}{index:D8}");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Campaigns;

public static class CampaignLimits
{
    public const int PostText = 3000;
    public const int Url = 500;
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.Property(c => c.RegionCode).HasMaxLength(8);
        builder.Property(c => c.Title).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.Aims).HasMaxLength(TextLimits.Paragraph);
        builder.Property(c => c.OwnerName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.SearchText).HasMaxLength(TextLimits.Line + TextLimits.Paragraph + 1);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RegionCode, c.StartsOn, c.EndsOn });
    }
}

internal sealed class CampaignPostConfiguration : IEntityTypeConfiguration<CampaignPost>
{
    public void Configure(EntityTypeBuilder<CampaignPost> builder)
    {
        builder.ToTable("campaign_posts");
        builder.Property(p => p.RegionCode).HasMaxLength(8);
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.Text).HasMaxLength(CampaignLimits.PostText);
        builder.Property(p => p.Link).HasMaxLength(CampaignLimits.Url);
        builder.Property(p => p.Outlet).HasMaxLength(TextLimits.Line);
        builder.Property(p => p.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Materials.Material>().WithMany().HasForeignKey(p => p.MaterialId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.CampaignId, p.ScheduledOn });
        // The calendar: the region's posts by day.
        builder.HasIndex(p => new { p.RegionCode, p.ScheduledOn });
    }
}

internal sealed class CampaignEngagementConfiguration : IEntityTypeConfiguration<CampaignEngagement>
{
    public void Configure(EntityTypeBuilder<CampaignEngagement> builder)
    {
        builder.ToTable("campaign_engagements");
        builder.Property(l => l.RegionCode).HasMaxLength(8);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(l => l.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.CampaignId, l.EngagementId }).IsUnique();
        builder.HasIndex(l => l.EngagementId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Advisories;

internal sealed class AdvisoryConfiguration : IEntityTypeConfiguration<Advisory>
{
    public void Configure(EntityTypeBuilder<Advisory> builder)
    {
        builder.ToTable("advisories");
        builder.Property(a => a.RegionCode).HasMaxLength(8);
        builder.Property(a => a.Reference).HasMaxLength(32);
        builder.HasIndex(a => new { a.Reference, a.Edition }).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(AdvisoryLimits.Title);
        builder.Property(a => a.Summary).HasMaxLength(AdvisoryLimits.Summary);
        builder.Property(a => a.Details).HasMaxLength(AdvisoryLimits.Text);
        builder.Property(a => a.RecommendedActions).HasMaxLength(AdvisoryLimits.Text);
        builder.PrimitiveCollection(a => a.Sectors);
        builder.PrimitiveCollection(a => a.ForceCodes);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Tlp).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(a => a.IntelligenceReportIds);
        builder.PrimitiveCollection(a => a.LessonIds);
        builder.PrimitiveCollection(a => a.ToMemberships);
        builder.PrimitiveCollection(a => a.ToSectors);
        builder.PrimitiveCollection(a => a.ToSizes);
        builder.PrimitiveCollection(a => a.ToForces);
        builder.PrimitiveCollection(a => a.ToContactIds);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(a => a.ApprovedByName).HasMaxLength(TextLimits.Line);
        builder.Property(a => a.WithdrawnReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(a => a.ChangeSummary).HasMaxLength(TextLimits.Sentence);
        builder.Property(a => a.LinkBase).HasMaxLength(TextLimits.Line);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.RegionCode, a.CreatedAt });
        // The public page and feed: issued TLP:CLEAR advisories of every region, newest first.
        builder.HasIndex(a => new { a.Tlp, a.Status, a.IssuedAt });
        builder.HasIndex(a => a.PreviousVersionId);
    }
}

internal sealed class AdvisoryIndicatorConfiguration : IEntityTypeConfiguration<AdvisoryIndicator>
{
    public void Configure(EntityTypeBuilder<AdvisoryIndicator> builder)
    {
        builder.ToTable("advisory_indicators");
        builder.Property(i => i.RegionCode).HasMaxLength(8);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(i => i.Value).HasMaxLength(Indicators.IndicatorRules.MaxLength);
        builder.Property(i => i.Key).HasMaxLength(Indicators.IndicatorRules.MaxLength + 16);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(i => i.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.AdvisoryId);
        builder.HasIndex(i => new { i.RegionCode, i.Key });
    }
}

internal sealed class AdvisoryMessageConfiguration : IEntityTypeConfiguration<AdvisoryMessage>
{
    public void Configure(EntityTypeBuilder<AdvisoryMessage> builder)
    {
        builder.ToTable("advisory_messages");
        builder.Property(m => m.RegionCode).HasMaxLength(8);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.OrganisationName).HasMaxLength(TextLimits.Line);
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Line);
        builder.Property(m => m.Email).HasMaxLength(TextLimits.Email);
        builder.Property(m => m.Token).HasMaxLength(64);
        builder.HasIndex(m => m.Token).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ClaimedBy).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.Acknowledgement).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Advisory>().WithMany().HasForeignKey(m => m.AdvisoryId).OnDelete(DeleteBehavior.Cascade);
        // The outbox's next batch: queued messages by the time they are due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.AdvisoryId, m.Status });
        builder.HasIndex(m => new { m.ClaimedBy });
        builder.HasIndex(m => new { m.OrganisationId, m.SentAt });
        builder.HasIndex(m => m.ContactId);
    }
}

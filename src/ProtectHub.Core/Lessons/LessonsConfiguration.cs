using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Lessons;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("lessons");
        builder.Property(l => l.RegionCode).HasMaxLength(8);
        builder.Property(l => l.Reference).HasMaxLength(32);
        builder.HasIndex(l => l.Reference).IsUnique();
        builder.Property(l => l.Title).HasMaxLength(LessonLimits.Title);
        builder.Property(l => l.OperationName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.Offence).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.AttackType).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.AttackPath).HasMaxLength(LessonLimits.Text);
        builder.PrimitiveCollection(l => l.TechniqueIds);
        builder.Property(l => l.Weakness).HasMaxLength(LessonLimits.Text);
        builder.Property(l => l.Prevention).HasMaxLength(LessonLimits.Text);
        builder.Property(l => l.Advice).HasMaxLength(LessonLimits.Text);
        builder.PrimitiveCollection(l => l.TopicIds);
        builder.Property(l => l.InvestigatorName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.Tlp).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.ReviewReturnReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(l => l.PublishedByName).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.WithdrawnReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(l => l.SearchText).HasMaxLength(6 * LessonLimits.Text);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.RegionCode, l.CreatedAt });
        // The national library: published lessons, newest first, across regions.
        builder.HasIndex(l => new { l.Status, l.PublishedAt, l.Id });
        builder.HasIndex(l => new { l.Status, l.AttackType, l.PublishedAt });
    }
}

internal sealed class LessonUseConfiguration : IEntityTypeConfiguration<LessonUse>
{
    public void Configure(EntityTypeBuilder<LessonUse> builder)
    {
        builder.ToTable("lesson_uses");
        builder.Property(u => u.RegionCode).HasMaxLength(8);
        builder.Property(u => u.RecordedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(u => u.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(u => u.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.LessonId, u.EngagementId }).IsUnique();
        builder.HasIndex(u => u.EngagementId);
    }
}

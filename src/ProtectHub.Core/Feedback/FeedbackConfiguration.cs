using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Feedback;

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.ToTable("feedback_responses");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.IntendedActions).HasMaxLength(2000);
        builder.Property(r => r.Comments).HasMaxLength(TextLimits.Notes);
        builder.HasIndex(r => r.SubmissionId).IsUnique();
        builder.HasIndex(r => r.EngagementId);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(r => r.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey(t => t.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TopicRatingConfiguration : IEntityTypeConfiguration<TopicRating>
{
    public void Configure(EntityTypeBuilder<TopicRating> builder) => builder.ToTable("feedback_topic_ratings");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Registrations;

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("event_registrations");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.FullName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.Email).HasMaxLength(TextLimits.Email);
        builder.Property(r => r.NormalisedEmail).HasMaxLength(TextLimits.Email);
        builder.Property(r => r.OrganisationName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ConsentWording).HasMaxLength(2000);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(r => r.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EngagementId, r.RegisteredAt });
        builder.HasIndex(r => new { r.OrganisationId, r.Attended });
    }
}

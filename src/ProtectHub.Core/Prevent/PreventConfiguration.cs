using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("prevent_consultations");
        builder.Property(c => c.RegionCode).HasMaxLength(8);
        builder.Property(c => c.ForceCode).HasMaxLength(32);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AgeBand).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Behaviour).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Platform).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Setting).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Concerns).HasMaxLength(TextLimits.Notes);
        builder.Property(c => c.Advice).HasMaxLength(TextLimits.Notes);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RecordedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RegionCode, c.RecordedAt });
    }
}

internal sealed class PreventCaseConfiguration : IEntityTypeConfiguration<PreventCase>
{
    public void Configure(EntityTypeBuilder<PreventCase> builder)
    {
        builder.ToTable("prevent_cases");
        builder.Property(c => c.RegionCode).HasMaxLength(8);
        builder.Property(c => c.ForceCode).HasMaxLength(32);
        builder.Property(c => c.Reference).HasMaxLength(32);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ReferrerName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.ReferrerOrganisation).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.ReferrerEmail).HasMaxLength(TextLimits.Email);
        builder.Property(c => c.ReferrerPhone).HasMaxLength(32);
        builder.Property(c => c.FirstName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.LastName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.Gender).HasMaxLength(32);
        builder.Property(c => c.AddressLine1).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.Town).HasMaxLength(TextLimits.Town);
        builder.Property(c => c.Postcode).HasMaxLength(8);
        builder.Property(c => c.SchoolName).HasMaxLength(TextLimits.Line);
        builder.PrimitiveCollection(c => c.Handles);
        builder.Property(c => c.ParentCarerName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.ParentCarerRelationship).HasMaxLength(64);
        builder.Property(c => c.ParentCarerPhone).HasMaxLength(32);
        builder.Property(c => c.ParentCarerEmail).HasMaxLength(TextLimits.Email);
        builder.Property(c => c.Behaviour).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.BehaviourLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Setting).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Details).HasMaxLength(TextLimits.Notes);
        builder.Property(c => c.AgeBandAtReferral).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AssignedToName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.Deconfliction).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.DeconflictionReference).HasMaxLength(64);
        builder.Property(c => c.DeconflictionNotes).HasMaxLength(TextLimits.Sentence);
        builder.Property(c => c.DeconflictedByName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.ReferrerMessage).HasMaxLength(TextLimits.Paragraph);
        builder.Property(c => c.ConsentGivenBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ParentNotInformedReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(c => c.SafeguardingRoute).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SafeguardingReason).HasMaxLength(TextLimits.Paragraph);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ClosureNotes).HasMaxLength(TextLimits.Sentence);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Force>().WithMany().HasForeignKey(c => c.ForceCode).OnDelete(DeleteBehavior.Restrict);
        // The case list, newest first (ReferredAt then Id, both descending, read backwards): a status's cases, and the
        // open ones (a small part of years of closed cases) in an index of their own with the list's filters covered,
        // so that a page, its count and a name search walk open cases only, never the whole table.
        builder.HasIndex(c => new { c.RegionCode, c.Status, c.ReferredAt, c.Id });
        builder.HasIndex(c => new { c.RegionCode, c.ReferredAt, c.Id }, "IX_prevent_cases_open").HasFilter("\"Status\" <> 'Closed'")
            .Covering(c => new { c.Status, c.AssignedToId, c.SafeguardingRaisedAt, c.FirstName, c.LastName });
        // Open cases with a safeguarding concern: the supervisors' filter, a handful of a region's open cases.
        builder.HasIndex(c => new { c.RegionCode, c.ReferredAt, c.Id }, "IX_prevent_cases_open_safeguarding")
            .HasFilter("\"Status\" <> 'Closed' AND \"SafeguardingRaisedAt\" IS NOT NULL");
        builder.HasIndex(c => new { c.AssignedToId, c.Status });
        // Repeat referrals of the same young person are found by date of birth.
        builder.HasIndex(c => new { c.RegionCode, c.DateOfBirth });
    }
}

internal sealed class SpecialCategoryDetailsConfiguration : IEntityTypeConfiguration<SpecialCategoryDetails>
{
    public void Configure(EntityTypeBuilder<SpecialCategoryDetails> builder)
    {
        builder.ToTable("prevent_special_category");
        builder.Property(s => s.RegionCode).HasMaxLength(8);
        builder.PrimitiveCollection(s => s.Neurodiversity);
        builder.Property(s => s.Diagnosis).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.HealthNotes).HasMaxLength(TextLimits.Notes);
        builder.Property(s => s.LawfulBasis).HasConversion<string>().HasMaxLength(48);
        builder.Property(s => s.RecordedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<PreventCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.CaseId).IsUnique();
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("prevent_interventions");
        builder.Property(i => i.RegionCode).HasMaxLength(8);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.OfficerName).HasMaxLength(TextLimits.Line);
        builder.Property(i => i.Response).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Notes).HasMaxLength(TextLimits.Notes);
        builder.HasOne<PreventCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(i => i.EngagementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.CaseId, i.On });
        builder.HasIndex(i => new { i.RegionCode, i.On });
    }
}

internal sealed class FollowUpReviewConfiguration : IEntityTypeConfiguration<FollowUpReview>
{
    public void Configure(EntityTypeBuilder<FollowUpReview> builder)
    {
        builder.ToTable("prevent_reviews");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReReferred).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Offended).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.PositiveOutcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Notes).HasMaxLength(TextLimits.Notes);
        builder.Property(r => r.CompletedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<PreventCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CaseId, r.Kind }).IsUnique();
        // Reviews due on an officer's home page.
        builder.HasIndex(r => new { r.OfficerId, r.CompletedAt, r.DueOn });
    }
}

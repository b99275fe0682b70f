using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Intelligence;

internal sealed class IntelligenceReportConfiguration : IEntityTypeConfiguration<IntelligenceReport>
{
    public void Configure(EntityTypeBuilder<IntelligenceReport> builder)
    {
        builder.ToTable("intelligence_reports");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.Reference).HasMaxLength(32);
        builder.HasIndex(r => new { r.Reference, r.Edition }).IsUnique();
        builder.Property(r => r.OwningTeam).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Title).HasMaxLength(IntelligenceLimits.Title);
        builder.Property(r => r.SourceType).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.SourceDescription).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.SourceEvaluation).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Assessment).HasConversion<string>().HasMaxLength(1);
        builder.Property(r => r.Handling).HasConversion<string>().HasMaxLength(1);
        builder.Property(r => r.HandlingConditions).HasMaxLength(IntelligenceLimits.Conditions);
        builder.Property(r => r.FullText).HasMaxLength(IntelligenceLimits.Text);
        builder.Property(r => r.SanitisedText).HasMaxLength(IntelligenceLimits.Text);
        builder.PrimitiveCollection(r => r.ThreatCategories);
        builder.PrimitiveCollection(r => r.Sectors);
        builder.PrimitiveCollection(r => r.ForceCodes);
        builder.PrimitiveCollection(r => r.RequirementIds);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.QaReturnReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(r => r.ApprovedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.CorrectionReason).HasMaxLength(TextLimits.Sentence);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        // The list, newest first, of one status or of all.
        builder.HasIndex(r => new { r.RegionCode, r.CreatedAt, r.Id }).Covering(r => new { r.Status, r.SupersededById });
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.CreatedAt, r.Id });
        builder.HasIndex(r => r.PreviousVersionId);
    }
}

internal sealed class IntelligenceSubjectConfiguration : IEntityTypeConfiguration<IntelligenceSubject>
{
    public void Configure(EntityTypeBuilder<IntelligenceSubject> builder)
    {
        builder.ToTable("intelligence_subjects");
        builder.Property(s => s.RegionCode).HasMaxLength(8);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Value).HasMaxLength(Indicators.IndicatorRules.MaxLength);
        builder.Property(s => s.Key).HasMaxLength(Indicators.IndicatorRules.MaxLength + 16);
        builder.HasOne<IntelligenceReport>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        // Search by value: exact, from its start, a network's range or a domain's subdomains, all ranges of this index.
        builder.HasIndex(s => new { s.RegionCode, s.Key }).Covering(s => s.ReportId);
        builder.HasIndex(s => s.ReportId);
    }
}

internal sealed class IntelligenceFacetConfiguration : IEntityTypeConfiguration<IntelligenceFacet>
{
    public void Configure(EntityTypeBuilder<IntelligenceFacet> builder)
    {
        builder.ToTable("intelligence_facets");
        builder.Property(f => f.RegionCode).HasMaxLength(8);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Value).HasMaxLength(64);
        builder.Property(f => f.Quarter).HasMaxLength(8);
        builder.HasOne<IntelligenceReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        // The picture and coverage pages count a span of days: every column they read is in the index.
        builder.HasIndex(f => new { f.RegionCode, f.CountedOn }).Covering(f => new { f.Kind, f.Value, f.Quarter });
        builder.HasIndex(f => f.ReportId);
        // The newest facet of the region: the version the shared figures are keyed by.
        builder.HasIndex(f => new { f.RegionCode, f.Id });
    }
}

internal sealed class IntelligenceDisseminationConfiguration : IEntityTypeConfiguration<IntelligenceDissemination>
{
    public void Configure(EntityTypeBuilder<IntelligenceDissemination> builder)
    {
        builder.ToTable("intelligence_disseminations");
        builder.Property(d => d.RegionCode).HasMaxLength(8);
        builder.Property(d => d.Destination).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Recipient).HasMaxLength(TextLimits.Line);
        builder.Property(d => d.ReceivingReference).HasMaxLength(IntelligenceLimits.Reference);
        builder.Property(d => d.ByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<IntelligenceReport>().WithMany().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ReportId);
    }
}

internal sealed class IntelligenceRequirementConfiguration : IEntityTypeConfiguration<IntelligenceRequirement>
{
    public void Configure(EntityTypeBuilder<IntelligenceRequirement> builder)
    {
        builder.ToTable("intelligence_requirements");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.Description).HasMaxLength(TextLimits.Sentence);
        builder.Property(r => r.Priority).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Owner).HasMaxLength(TextLimits.Line);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

internal sealed class IndustrySubmissionConfiguration : IEntityTypeConfiguration<IndustrySubmission>
{
    public void Configure(EntityTypeBuilder<IndustrySubmission> builder)
    {
        builder.ToTable("intelligence_industry_submissions");
        builder.Property(s => s.RegionCode).HasMaxLength(8);
        builder.Property(s => s.OrganisationName).HasMaxLength(TextLimits.Line);
        builder.Property(s => s.SubmitterName).HasMaxLength(TextLimits.Line);
        builder.Property(s => s.SubmitterEmail).HasMaxLength(TextLimits.Email);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Description).HasMaxLength(IntelligenceLimits.Text);
        builder.Property(s => s.Feedback).HasMaxLength(TextLimits.Paragraph);
        builder.Property(s => s.FeedbackByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Sharing.PartnerLink>().WithMany().HasForeignKey(s => s.LinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IntelligenceReport>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ReportId);
        builder.HasIndex(s => s.LinkId);
    }
}

internal sealed class SubmissionAttachmentConfiguration : IEntityTypeConfiguration<SubmissionAttachment>
{
    public void Configure(EntityTypeBuilder<SubmissionAttachment> builder)
    {
        builder.ToTable("intelligence_submission_attachments");
        builder.Property(a => a.RegionCode).HasMaxLength(8);
        builder.Property(a => a.FileName).HasMaxLength(TextLimits.Line);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasOne<IndustrySubmission>().WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SubmissionId);
    }
}

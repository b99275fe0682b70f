using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Requests;

internal sealed class AssistanceRequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> builder)
    {
        builder.ToTable("assistance_requests");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.Reference).HasMaxLength(24);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.AssignedTeam).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Title).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.Details).HasMaxLength(RequestLimits.Details);
        builder.Property(r => r.OrganisationName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.RequesterName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.RequesterEmail).HasMaxLength(TextLimits.Email);
        builder.Property(r => r.RequesterPhone).HasMaxLength(32);
        builder.Property(r => r.AssignedOfficerName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.TriagedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.TriageReason).HasMaxLength(TextLimits.Sentence);
        builder.Property(r => r.RedirectedTo).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.Outcome).HasMaxLength(TextLimits.Paragraph);
        builder.Property(r => r.DoneByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.LastEmailed).HasMaxLength(16);
        builder.Property(r => r.SearchText).HasMaxLength(TextLimits.Line * 4 + 32);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partners.Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(r => r.EngagementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Sharing.PartnerLink>().WithMany().HasForeignKey(r => r.LinkId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.EngagementId).IsUnique();
        // The list (open requests soonest due first, overdue ones), the board (open ones by status and officer) and an officer's own.
        // Requests are spread over the whole table whatever their status, so the board's counts read indexes only (covering).
        builder.HasIndex(r => new { r.RegionCode, r.DueOn, r.Id });
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.AssignedOfficerId })
            .Covering(r => new { r.AssignedOfficerName, r.AssignedTeam, r.DueOn, r.ReceivedOn });
        builder.HasIndex(r => new { r.RegionCode, r.AssignedOfficerId, r.DueOn });
        // Closed requests by status, newest first; done ones counted by when.
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.ReceivedAt, r.Id }).IsDescending(false, false, true, false);
        builder.HasIndex(r => new { r.RegionCode, r.Status, r.DoneAt });
    }
}

internal sealed class RequestNoteConfiguration : IEntityTypeConfiguration<RequestNote>
{
    public void Configure(EntityTypeBuilder<RequestNote> builder)
    {
        builder.ToTable("assistance_request_notes");
        builder.Property(n => n.RegionCode).HasMaxLength(8);
        builder.Property(n => n.ByName).HasMaxLength(TextLimits.Line);
        builder.Property(n => n.Text).HasMaxLength(TextLimits.Paragraph);
        builder.HasOne<AssistanceRequest>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.RequestId);
    }
}

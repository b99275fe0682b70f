using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Training;

/// <summary>
/// A course or qualification an officer holds ("has completed initial training", the BCS Certificate in Information
/// Security Management Principles): provider, dates, CPD hours, and the certificate (a file checked like any upload).
/// Staff's own records are personal data: every read and change is audited.
/// </summary>
public sealed class Qualification : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Course { get; set; } = "";
    public string Provider { get; set; } = "";
    public DateOnly CompletedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public decimal? CpdHours { get; set; }
    public Guid? CertificateFileId { get; set; }
    public string? CertificateFileName { get; set; }
    public string? CertificateContentType { get; set; }
    public string? CertificateSha256 { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";

    /// <summary>The expiry date whose reminder was sent (a renewed qualification is a new record).</summary>
    public DateOnly? ExpiryReminderSentFor { get; set; }

    public string AuditRecordType => "Qualification";

    public string AuditRecordId => Id.ToString();
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.ToTable("qualifications");
        builder.Property(q => q.RegionCode).HasMaxLength(8);
        builder.Property(q => q.UserName).HasMaxLength(TextLimits.Line);
        builder.Property(q => q.Course).HasMaxLength(TextLimits.Line);
        builder.Property(q => q.Provider).HasMaxLength(TextLimits.Line);
        builder.Property(q => q.CpdHours).HasPrecision(6, 1);
        builder.Property(q => q.CertificateFileName).HasMaxLength(TextLimits.Line);
        builder.Property(q => q.CertificateContentType).HasMaxLength(100);
        builder.Property(q => q.CertificateSha256).HasMaxLength(64);
        builder.Property(q => q.RecordedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(q => q.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.RegionCode, q.UserId });
        builder.HasIndex(q => new { q.RegionCode, q.ExpiresOn });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProtectHub.Core.Imports;

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("import_uploads");
        builder.Property(u => u.RegionCode).HasMaxLength(8);
        builder.Property(u => u.Kind).HasMaxLength(40);
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.FailureMessage).HasMaxLength(1000);
        builder.HasIndex(u => new { u.UserId, u.UploadedAt });
        builder.HasIndex(u => u.Status);
    }
}

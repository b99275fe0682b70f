using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

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
        builder.Property(u => u.LeaseHolder).HasMaxLength(200);
        builder.HasIndex(u => new { u.UserId, u.UploadedAt });
        builder.HasIndex(u => u.Status);
    }
}

internal sealed class ImportChunkConfiguration : IEntityTypeConfiguration<ImportChunk>
{
    public void Configure(EntityTypeBuilder<ImportChunk> builder)
    {
        builder.ToTable("import_chunks");
        builder.HasKey(c => new { c.UploadId, c.Number });
        builder.HasOne<ImportUpload>().WithMany().HasForeignKey(c => c.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportMappingPresetConfiguration : IEntityTypeConfiguration<ImportMappingPreset>
{
    public void Configure(EntityTypeBuilder<ImportMappingPreset> builder)
    {
        builder.ToTable("import_mapping_presets");
        builder.Property(p => p.RegionCode).HasMaxLength(8);
        builder.Property(p => p.Kind).HasMaxLength(40);
        builder.Property(p => p.HeaderKey).HasMaxLength(TextLimits.Notes);
        builder.HasIndex(p => new { p.RegionCode, p.Kind });
    }
}

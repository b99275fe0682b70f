using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Materials;

public static class MaterialLimits
{
    public const int Url = 500;

    /// <summary>The upload limit unless <c>Materials:MaxFileMegabytes</c> says otherwise.</summary>
    public const int DefaultMaxFileMegabytes = 100;

    /// <summary>What the web server accepts at most for one upload, whatever the setting (with room for the form).</summary>
    public const long HardMaxRequestBytes = 520L * 1024 * 1024;
}

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.ToTable("materials");
        builder.Property(m => m.RegionCode).HasMaxLength(8);
        builder.Property(m => m.Title).HasMaxLength(TextLimits.Line);
        builder.Property(m => m.Description).HasMaxLength(TextLimits.Paragraph);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Tlp).HasConversion<string>().HasMaxLength(12);
        builder.Property(m => m.OwnerName).HasMaxLength(TextLimits.Line);
        builder.Property(m => m.VideoUrl).HasMaxLength(MaterialLimits.Url);
        builder.Property(m => m.SearchText).HasMaxLength(TextLimits.Line + TextLimits.Paragraph + 1);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(m => m.RegionCode).OnDelete(DeleteBehavior.Restrict);
        // The library: the region's own and every national material, current first, newest first.
        builder.HasIndex(m => new { m.RegionCode, m.IsRetired, m.UpdatedAt });
        builder.HasIndex(m => new { m.IsNational, m.IsRetired, m.UpdatedAt });
        // The list's order (current first, newest first) over the region's and the national ones together.
        builder.HasIndex(m => new { m.IsRetired, m.UpdatedAt, m.Id }).IsDescending(false, true, false).Covering(m => new { m.RegionCode, m.IsNational });
        builder.HasIndex(m => new { m.IsRetired, m.ReviewBy });
    }
}

internal sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.ToTable("material_versions");
        builder.Property(v => v.RegionCode).HasMaxLength(8);
        builder.Property(v => v.FileName).HasMaxLength(TextLimits.Line);
        builder.Property(v => v.ContentType).HasMaxLength(100);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.Note).HasMaxLength(TextLimits.Sentence);
        builder.Property(v => v.UploadedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Material>().WithMany().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MaterialId, v.Number }).IsUnique();
    }
}

internal sealed class EngagementMaterialConfiguration : IEntityTypeConfiguration<EngagementMaterial>
{
    public void Configure(EntityTypeBuilder<EngagementMaterial> builder)
    {
        builder.ToTable("engagement_materials");
        builder.Property(u => u.RegionCode).HasMaxLength(8);
        builder.Property(u => u.RecordedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Engagements.Engagement>().WithMany().HasForeignKey(u => u.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Material>().WithMany().HasForeignKey(u => u.MaterialId).OnDelete(DeleteBehavior.Restrict);
        // A national material used by another region: the use is that region's record; the material is not.
        builder.HasIndex(u => new { u.EngagementId, u.MaterialId }).IsUnique();
        builder.HasIndex(u => u.MaterialId);
    }
}

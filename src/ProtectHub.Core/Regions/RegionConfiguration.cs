using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(8);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.UnitName).HasMaxLength(TextLimits.Line);
        builder.HasMany(r => r.Forces).WithOne(f => f.Region).HasForeignKey(f => f.RegionCode);
        builder.HasData(PoliceReferenceData.Regions.Select(r => new { r.Code, r.Name, r.UnitName }));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProtectHub.Core.Regions;

internal sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        builder.ToTable("forces");
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.RegionCode).HasMaxLength(8);
        builder.HasData(PoliceReferenceData.Forces.Select(f => new { f.Code, f.Name, f.RegionCode }));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(TextLimits.Line);
        builder.Property(u => u.RegionCode).HasMaxLength(8);
        builder.Property(u => u.HomeForceCode).HasMaxLength(32);
        builder.Property(u => u.VettingLevel).HasConversion<string>().HasMaxLength(8);
        builder.PrimitiveCollection(u => u.Roles).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(u => u.Teams).ElementType().HasConversion<string>();
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Force>().WithMany().HasForeignKey(u => u.HomeForceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.RegionCode);
        builder.Property(u => u.CalendarFeedHash).HasMaxLength(64);
        builder.HasIndex(u => u.CalendarFeedHash).IsUnique();
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProtectHub.Core.Performance;

internal sealed class MetricDefinitionConfiguration : IEntityTypeConfiguration<MetricDefinition>
{
    private static readonly ValueComparer<List<MetricCondition>> ConditionsComparer = new(
        (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
        c => JsonSerializer.Serialize(c, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
        c => c.ToList());

    public void Configure(EntityTypeBuilder<MetricDefinition> builder)
    {
        builder.ToTable("metric_definitions");
        builder.Property(m => m.Key).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Definition).HasMaxLength(2000);
        builder.Property(m => m.Unit).HasMaxLength(40);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Measure).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ValueField).HasMaxLength(64);
        builder.Property(m => m.ChangedBy).HasMaxLength(200);
        // Conditions are small structured values read and written whole: kept as JSON text in both databases.
        foreach (var property in new[] { nameof(MetricDefinition.Conditions), nameof(MetricDefinition.ShareConditions) })
        {
            builder.Property<List<MetricCondition>>(property)
                .HasConversion(c => JsonSerializer.Serialize(c, (JsonSerializerOptions?)null),
                    s => JsonSerializer.Deserialize<List<MetricCondition>>(s, (JsonSerializerOptions?)null) ?? new List<MetricCondition>())
                .Metadata.SetValueComparer(ConditionsComparer);
        }

        builder.PrimitiveCollection(m => m.Breakdowns);
        builder.HasIndex(m => new { m.Key, m.Version }).IsUnique();
    }
}

internal sealed class PerformanceReturnConfiguration : IEntityTypeConfiguration<PerformanceReturn>
{
    public void Configure(EntityTypeBuilder<PerformanceReturn> builder)
    {
        builder.ToTable("performance_returns");
        builder.Property(r => r.RegionCode).HasMaxLength(8);
        builder.Property(r => r.ForceCode).HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Highlights).HasMaxLength(8000);
        builder.Property(r => r.Risks).HasMaxLength(8000);
        builder.Property(r => r.Lessons).HasMaxLength(8000);
        builder.Property(r => r.CreatedByName).HasMaxLength(200);
        builder.Property(r => r.ReviewedByName).HasMaxLength(200);
        builder.Property(r => r.ApprovedByName).HasMaxLength(200);
        builder.Property(r => r.SubmittedByName).HasMaxLength(200);
        builder.Property(r => r.ReturnedReason).HasMaxLength(2000);
        builder.Ignore(r => r.Period);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RegionCode, r.Year, r.Quarter, r.ForceCode });
        builder.HasIndex(r => new { r.Status, r.Year, r.Quarter });
    }
}

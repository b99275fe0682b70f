using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

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
        builder.Property(m => m.Name).HasMaxLength(TextLimits.Line);
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
        builder.Property(r => r.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.ReviewedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.ApprovedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.SubmittedByName).HasMaxLength(TextLimits.Line);
        builder.Property(r => r.ReturnedReason).HasMaxLength(2000);
        builder.Ignore(r => r.Period);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RegionCode, r.Year, r.Quarter, r.ForceCode });
        builder.HasIndex(r => new { r.Status, r.Year, r.Quarter });
    }
}

internal sealed class DeliveryPlanConfiguration : IEntityTypeConfiguration<DeliveryPlan>
{
    public void Configure(EntityTypeBuilder<DeliveryPlan> builder)
    {
        builder.ToTable("delivery_plans");
        builder.Property(p => p.RegionCode).HasMaxLength(8);
        builder.Property(p => p.Title).HasMaxLength(TextLimits.Line);
        builder.Property(p => p.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Objectives).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RegionCode, p.Year });
    }
}

internal sealed class PlanObjectiveConfiguration : IEntityTypeConfiguration<PlanObjective>
{
    public void Configure(EntityTypeBuilder<PlanObjective> builder)
    {
        builder.ToTable("plan_objectives");
        builder.Property(o => o.Strand).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Text).HasMaxLength(1000);
        builder.Property(o => o.OwnerName).HasMaxLength(TextLimits.Line);
        builder.HasMany(o => o.Targets).WithOne().HasForeignKey(t => t.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("plan_targets");
        builder.Property(t => t.Description).HasMaxLength(300);
        builder.Property(t => t.MetricKey).HasMaxLength(64);
        builder.Property(t => t.ForceCode).HasMaxLength(32);
        builder.Property(t => t.BreakdownField).HasMaxLength(64);
        builder.Property(t => t.BreakdownValue).HasMaxLength(100);
        builder.Property(t => t.OwnerName).HasMaxLength(TextLimits.Line);
    }
}

internal sealed class BusinessPopulationConfiguration : IEntityTypeConfiguration<BusinessPopulation>
{
    public void Configure(EntityTypeBuilder<BusinessPopulation> builder)
    {
        builder.ToTable("business_population");
        builder.Property(p => p.RegionCode).HasMaxLength(8);
        builder.Property(p => p.ForceCode).HasMaxLength(32);
        builder.Property(p => p.LoadedBy).HasMaxLength(200);
        builder.HasOne<Regions.Force>().WithMany().HasForeignKey(p => p.ForceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.RegionCode, p.ForceCode, p.Sector }).IsUnique();
    }
}

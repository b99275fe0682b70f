using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

internal sealed class OperationListConfiguration : IEntityTypeConfiguration<OperationList>
{
    public void Configure(EntityTypeBuilder<OperationList> builder)
    {
        builder.ToTable("prevent_operation_lists");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.RegionCode).HasMaxLength(8);
        builder.Property(l => l.Name).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.Service).HasMaxLength(TextLimits.Line);
        builder.Property(l => l.LetterTemplate).HasMaxLength(TextLimits.Notes);
        builder.Property(l => l.CreatedByName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OperationListEntryConfiguration : IEntityTypeConfiguration<OperationListEntry>
{
    public void Configure(EntityTypeBuilder<OperationListEntry> builder)
    {
        builder.ToTable("prevent_operation_list_entries");
        builder.Property(e => e.RegionCode).HasMaxLength(8);
        builder.Property(e => e.FirstName).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.LastName).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.Email).HasMaxLength(TextLimits.Email);
        builder.Property(e => e.Username).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.Handle).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.AddressLine1).HasMaxLength(TextLimits.Line);
        builder.Property(e => e.Town).HasMaxLength(TextLimits.Town);
        builder.Property(e => e.Postcode).HasMaxLength(8);
        builder.Property(e => e.MatchReason).HasMaxLength(TextLimits.Sentence);
        builder.HasOne<OperationList>().WithMany().HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ListId, e.RowNumber }).IsUnique();
        builder.HasIndex(e => e.MatchedCaseId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.RegionCode).HasMaxLength(8);
        builder.Property(o => o.Name).HasMaxLength(TextLimits.Line);
        builder.Property(o => o.NormalisedName).HasMaxLength(TextLimits.Line);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Size).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ForceCode).HasMaxLength(32);
        builder.Property(o => o.AddressLine1).HasMaxLength(TextLimits.Line);
        builder.Property(o => o.AddressLine2).HasMaxLength(TextLimits.Line);
        builder.Property(o => o.Town).HasMaxLength(TextLimits.Town);
        builder.Property(o => o.Postcode).HasMaxLength(8);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.CompaniesHouseNumber).HasMaxLength(8);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Force>().WithMany().HasForeignKey(o => o.ForceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Memberships).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Notes).WithOne().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Partnerships).WithOne().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Contacts).WithOne(c => c.Organisation).HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.RegionCode, o.NormalisedName });
        builder.HasIndex(o => new { o.RegionCode, o.Postcode });
        builder.HasIndex(o => new { o.RegionCode, o.CompaniesHouseNumber });
        // The list's sort orders, over the records it shows (not merged away), so a page reads only its own rows.
        // By name, with what a search compares included, so that a search for a common word finds its first page by
        // walking the names in order inside the index (OrganisationList.SearchAsync).
        builder.HasIndex(o => new { o.RegionCode, o.Name, o.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_organisations_list_by_name")
            .Covering(o => new { o.NormalisedName, o.Postcode });
        builder.HasIndex(o => new { o.RegionCode, o.CreatedAt, o.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_organisations_list_by_newest");
        builder.HasIndex(o => new { o.RegionCode, o.Town, o.Name, o.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_organisations_list_by_town");
        // The list's filters (sector, then size and force area), in name order: a filtered page or count reads the
        // index alone. With 100,000 organisations, "sector, size and force" counted in 31 ms through the name index
        // and its rows; with these, the filter pages' p95 at 16 users went from 183 to 85 ms.
        builder.HasIndex(o => new { o.RegionCode, o.Sector, o.Size, o.ForceCode, o.Name, o.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_organisations_list_by_filters");
        builder.HasIndex(o => new { o.RegionCode, o.Size, o.Name, o.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_organisations_list_by_size");
        builder.HasIndex(o => o.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("organisation_memberships");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(m => new { m.Kind, m.StartedOn });
        // The membership filter of the organisation list: current members of a kind, from the index alone.
        builder.HasIndex(m => new { m.Kind, m.OrganisationId }).Covering(m => new { m.StartedOn, m.EndedOn, m.ExpiresOn });
    }
}

internal sealed class OrganisationNoteConfiguration : IEntityTypeConfiguration<OrganisationNote>
{
    public void Configure(EntityTypeBuilder<OrganisationNote> builder)
    {
        builder.ToTable("organisation_notes");
        builder.Property(n => n.Text).HasMaxLength(TextLimits.Notes);
        builder.Property(n => n.AuthorName).HasMaxLength(TextLimits.Email);
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.LeadOfficerName).HasMaxLength(TextLimits.Line);
        builder.Property(p => p.Notes).HasMaxLength(TextLimits.Notes);
        builder.HasOne<Access.AppUser>().WithMany().HasForeignKey(p => p.LeadOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ReviewOn);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.Property(c => c.RegionCode).HasMaxLength(8);
        builder.Property(c => c.FullName).HasMaxLength(TextLimits.Line);
        builder.Property(c => c.JobRole).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(TextLimits.Email);
        builder.Property(c => c.NormalisedEmail).HasMaxLength(TextLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.LawfulBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ConsentMethod).HasMaxLength(500);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RegionCode, c.NormalisedEmail });
        builder.HasIndex(c => new { c.RegionCode, c.FullName, c.Id }).HasFilter("\"MergedIntoId\" IS NULL").HasDatabaseName("IX_contacts_list_by_name");
    }
}

internal sealed class ContactSearchWordConfiguration : IEntityTypeConfiguration<ContactSearchWord>
{
    public void Configure(EntityTypeBuilder<ContactSearchWord> builder)
    {
        builder.ToTable("contact_search_words");
        builder.HasKey(w => new { w.ContactId, w.Word });
        builder.Property(w => w.Word).HasMaxLength(ContactSearchWord.MaxWordLength);
        builder.Property(w => w.RegionCode).HasMaxLength(8);
        builder.Property(w => w.SortName).HasMaxLength(TextLimits.Line);
        builder.HasOne<Contact>().WithMany().HasForeignKey(w => w.ContactId).OnDelete(DeleteBehavior.Cascade);
        // A search reads this index alone: the words starting with what was typed, each with its contact and sort name.
        builder.HasIndex(w => new { w.RegionCode, w.Word }).Covering(w => new { w.SortName, w.ContactId }).HasDatabaseName("IX_contact_search_words_word");
    }
}

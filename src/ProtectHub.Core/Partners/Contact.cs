using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Partners;

/// <summary>A person at a partner organisation (or on their own). Personal data: every view and change is audited.</summary>
public sealed class Contact : IRegionOwned, IPersonalData, Data.IVersioned, Data.IMergeable
{
    /// <summary>Goes up by one on every save; an edit based on an older version is refused (see <see cref="Data.IVersioned"/>).</summary>
    public long Version { get; set; }

    public Guid? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string FullName { get; set; } = "";
    public string? JobRole { get; set; }
    public string? Email { get; set; }

    /// <summary>Lower-cased email, for duplicate checks and look-ups.</summary>
    public string? NormalisedEmail { get; set; }

    public string? Phone { get; set; }
    public LawfulBasis LawfulBasis { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }

    /// <summary>How consent was given, in the officer's words (for example "sign-up form at the event").</summary>
    public string? ConsentMethod { get; set; }

    public bool AcceptsEmail { get; set; }
    public bool AcceptsPhone { get; set; }
    public bool AcceptsPost { get; set; }

    /// <summary>An opted-out contact is never emailed by any feature, whatever the preferences say.</summary>
    public bool OptedOut { get; set; }

    public DateTimeOffset? OptedOutAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? MergedIntoId { get; set; }

    public bool MayBeEmailed => !OptedOut && AcceptsEmail && !string.IsNullOrEmpty(Email) && MergedIntoId is null;

    public string AuditRecordType => "Contact";

    public string AuditRecordId => Id.ToString();
}

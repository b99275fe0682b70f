using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Registrations;

/// <summary>
/// A person signed up for an event, through its public page or added by an officer at the door, and whether they came.
/// Personal data: every view and change is audited.
/// </summary>
public sealed class EventRegistration : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid EngagementId { get; set; }
    public string FullName { get; set; } = "";
    public string? Email { get; set; }

    /// <summary>Lower-cased email: one place per email address per event, and the link to a known contact.</summary>
    public string? NormalisedEmail { get; set; }

    /// <summary>The organisation as the person typed it.</summary>
    public string? OrganisationName { get; set; }

    /// <summary>The partner record it belongs to, once known (from the matching contact).</summary>
    public Guid? OrganisationId { get; set; }

    public Guid? ContactId { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>True when an officer added them (a walk-in); false when they signed up on the public page.</summary>
    public bool AddedByOfficer { get; set; }

    /// <summary>The privacy wording the person was shown when they signed up, kept as evidence of what they agreed to.</summary>
    public string? ConsentWording { get; set; }

    public bool Attended { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }

    public string AuditRecordType => "EventRegistration";

    public string AuditRecordId => Id.ToString();
}

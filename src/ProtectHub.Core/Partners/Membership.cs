namespace ProtectHub.Core.Partners;

/// <summary>An organisation's membership of a scheme or a certification, with its dates.</summary>
public sealed class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public MembershipKind Kind { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>Certifications (Cyber Essentials, Cyber Essentials Plus) expire; memberships usually do not.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public bool IsCurrent(DateOnly today) => StartedOn <= today && (EndedOn is null || EndedOn >= today) && (ExpiresOn is null || ExpiresOn >= today);
}

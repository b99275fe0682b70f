using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>
/// A person or organisation who reported cybercrime or fraud to the national reporting service, referred to the
/// region's Protect teams to be contacted, advised and signposted. Personal data: every view and change is audited.
/// </summary>
public sealed class VictimReferral : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string ForceCode { get; set; } = "";

    /// <summary>The national crime reference (for example NFRC2601234567), unique across the country.</summary>
    public string CrimeReference { get; set; } = "";

    public DateOnly ReportedOn { get; set; }
    public DateOnly? OffenceOn { get; set; }
    public VictimType VictimType { get; set; }

    /// <summary>The victim's name, or for an organisation the name of the person to contact there.</summary>
    public string? FullName { get; set; }

    public string? OrganisationName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? AddressLine1 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public OffenceCategory OffenceCategory { get; set; }
    public decimal? AmountLost { get; set; }
    public string? Summary { get; set; }
    public List<string> VulnerabilityFlags { get; set; } = [];

    /// <summary>The team whose queue it is in: Cyber Protect for cyber-dependent crime, Fraud Protect for fraud.</summary>
    public Team Team { get; set; }

    public ReferralStatus Status { get; set; }
    public int Priority { get; set; }
    public List<string> PriorityReasons { get; set; } = [];
    public Guid? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The last day on which first contact meets the service level (working days after receipt).</summary>
    public DateOnly FirstContactDueOn { get; set; }

    public DateTimeOffset? FirstContactAt { get; set; }

    /// <summary>Working days from receipt to first contact (UK dates), kept so that performance figures need no calendar.</summary>
    public int? FirstContactWorkingDays { get; set; }

    /// <summary>Whether first contact was made by <see cref="FirstContactDueOn"/>; null until they are reached.</summary>
    public bool? ContactedInTime { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public ReferralClosure? Closure { get; set; }
    public string? ClosureReason { get; set; }
    public List<Guid> AdviceGiven { get; set; } = [];
    public List<Guid> Signposted { get; set; } = [];
    public string? SafeguardingRoute { get; set; }
    public string? SafeguardingReason { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>How many earlier referrals are linked to this one as the same victim (not counting rejected links).</summary>
    public int EarlierReports { get; set; }

    /// <summary>The unguessable part of the victim's satisfaction link, once an officer has created it.</summary>
    public string? SatisfactionToken { get; set; }

    /// <summary>The victim's answer: satisfaction with the help from 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Satisfaction { get; set; }

    /// <summary>Whether the advice helped them feel safer: yes, no or not sure.</summary>
    public string? FeelsSafer { get; set; }

    public string? SatisfactionComments { get; set; }
    public DateTimeOffset? SatisfactionAt { get; set; }

    public Guid ImportId { get; set; }

    /// <summary>A hash of the imported row's values: a re-imported row with the same hash changes nothing.</summary>
    public string RowHash { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the retention rule removed the personal details (the counts stay); null while they are held.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>
    /// Records that the victim was first reached at <paramref name="at"/>, with the working days it took (UK dates) and
    /// whether that met the service level: what the performance figures count. Later contacts change nothing.
    /// </summary>
    public void RecordFirstContact(DateTimeOffset at)
    {
        if (FirstContactAt is not null)
        {
            return;
        }

        var reached = UkTime.DateOf(at);
        FirstContactAt = at;
        FirstContactWorkingDays = WorkingDays.Between(UkTime.DateOf(ReceivedAt), reached);
        ContactedInTime = reached <= FirstContactDueOn;
    }

    public bool IsOverdue(DateOnly today) => FirstContactAt is null && Status != ReferralStatus.Closed && today > FirstContactDueOn;

    public string DisplayName => VictimType == VictimType.Organisation ? $"{OrganisationName}{(FullName is null ? "" : $" ({FullName})")}" : FullName ?? "(no name)";

    public string AuditRecordType => "VictimReferral";

    public string AuditRecordId => Id.ToString();
}

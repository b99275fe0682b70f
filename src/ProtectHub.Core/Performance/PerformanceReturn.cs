using ProtectHub.Core.Access;

namespace ProtectHub.Core.Performance;

/// <summary>Draft, reviewed by a supervisor, approved by the head of unit, submitted (and then frozen).</summary>
public enum ReturnStatus
{
    Draft,
    Reviewed,
    Approved,
    Submitted,
}

/// <summary>
/// A quarterly performance return of a region, or of one force area in it, to the national coordinator. Until it is
/// submitted its figures are worked out from the records each time; on submission they are frozen in
/// <see cref="SnapshotJson"/> with the catalogue version, and nothing about the return changes after that.
/// </summary>
public sealed class PerformanceReturn : IRegionOwned, Data.IVersioned
{
    /// <summary>Goes up by one on every save; an edit based on an older version is refused (see <see cref="Data.IVersioned"/>).</summary>
    public long Version { get; set; }

    public Guid? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";

    /// <summary>The force area the return covers; null for the whole region.</summary>
    public string? ForceCode { get; set; }

    public int Year { get; set; }
    public int Quarter { get; set; }
    public ReturnStatus Status { get; set; }
    public string? Highlights { get; set; }
    public string? Risks { get; set; }
    public string? Lessons { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedByName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedByName { get; set; }

    /// <summary>Why it was last sent back to draft, shown to whoever picks it up.</summary>
    public string? ReturnedReason { get; set; }

    /// <summary>The catalogue version of the frozen figures; null until submitted.</summary>
    public int? CatalogueVersion { get; set; }

    /// <summary>The frozen <see cref="ReturnFigures"/> as JSON; null until submitted.</summary>
    public string? SnapshotJson { get; set; }

    public FinancialQuarter Period => new(Year, Quarter);

    public bool IsFrozen => Status == ReturnStatus.Submitted;
}

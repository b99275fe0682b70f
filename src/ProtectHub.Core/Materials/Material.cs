using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Materials;

public enum MaterialKind
{
    Presentation,
    Leaflet,
    ExercisePack,
    Poster,
    Video,
    Other,
}

/// <summary>
/// Something officers present, hand out or run: a presentation, leaflet, exercise pack, poster, or a video by link.
/// Each upload is a new <see cref="MaterialVersion"/>; every version is kept. A national material is read by every
/// region; only the owning region changes it. Retired materials leave the pickers but keep their history.
/// </summary>
public sealed class Material : IRegionOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public MaterialKind Kind { get; set; }
    public List<AudienceType> AudienceTypes { get; set; } = [];
    public List<Guid> TopicIds { get; set; } = [];
    public List<Guid> CampaignIds { get; set; } = [];

    /// <summary>Published lessons learnt (of any region) the material was made from.</summary>
    public List<Guid> LessonIds { get; set; } = [];
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public bool IsNational { get; set; }
    public TlpMarking Tlp { get; set; }
    public DateOnly ReviewBy { get; set; }

    /// <summary>For a video: where it is watched (https only). Videos are links, not uploads.</summary>
    public string? VideoUrl { get; set; }
    public Guid? CurrentVersionId { get; set; }
    public int VersionCount { get; set; }
    public int Downloads { get; set; }
    public bool IsRetired { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The review-by date whose reminder was sent (a new date means a new reminder).</summary>
    public DateOnly? ReviewReminderSentFor { get; set; }

    /// <summary>Lower-case title and description: what the library's search reads.</summary>
    public string SearchText { get; set; } = "";

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
}

/// <summary>One upload of a material's file: checked by content, its SHA-256 kept, and never replaced.</summary>
public sealed class MaterialVersion : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid MaterialId { get; set; }
    public string RegionCode { get; set; } = "";
    public int Number { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";

    /// <summary>The file's id in the file store.</summary>
    public Guid FileId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedByName { get; set; } = "";
    public int Downloads { get; set; }
}

/// <summary>A material used in an engagement, with the version it used (the current one when recorded).</summary>
public sealed class EngagementMaterial : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid EngagementId { get; set; }
    public Guid MaterialId { get; set; }
    public Guid? VersionId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedByName { get; set; } = "";
}

public static class MaterialNames
{
    public static string Of(MaterialKind kind) => kind switch
    {
        MaterialKind.Presentation => "Presentation",
        MaterialKind.Leaflet => "Leaflet",
        MaterialKind.ExercisePack => "Exercise pack",
        MaterialKind.Poster => "Poster",
        MaterialKind.Video => "Video (link)",
        _ => "Other",
    };
}

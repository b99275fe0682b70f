using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Core.Campaigns;

/// <summary>Where a campaign's activity appears: social media platforms, and press or media pieces.</summary>
public enum PostChannel
{
    X,
    Facebook,
    Instagram,
    LinkedIn,
    Nextdoor,
    YouTube,
    TikTok,
    OtherSocial,
    PressRelease,
    MediaInterview,
    Article,
}

public enum PostStatus
{
    Planned,
    Published,
    Cancelled,
}

/// <summary>
/// A regional campaign, often the region's part in a national one (Cyber Aware, Take Five, a seasonal fraud push): aims,
/// period, audiences, force areas, topics and owner; its plan is posts, press pieces and linked engagements.
/// </summary>
public sealed class Campaign : IRegionOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string Aims { get; set; } = "";

    /// <summary>The national campaign it is part of (one of the managed campaign list), if any.</summary>
    public Guid? NationalCampaignId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public List<AudienceType> AudienceTypes { get; set; } = [];
    public List<string> ForceCodes { get; set; } = [];
    public List<Guid> TopicIds { get; set; } = [];
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Lower-case title and aims: what the list's search reads.</summary>
    public string SearchText { get; set; } = "";

    public long Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
}

/// <summary>A social media post or a press or media piece of a campaign, planned then published (with its results) or cancelled.</summary>
public sealed class CampaignPost : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid CampaignId { get; set; }
    public PostChannel Channel { get; set; }
    public DateOnly ScheduledOn { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The link the post carries, or (for press) the piece's address.</summary>
    public string? Link { get; set; }

    /// <summary>The image from the materials library it uses, if any.</summary>
    public Guid? MaterialId { get; set; }

    /// <summary>For press and media: the outlet (BBC Radio Derby, the Leicester Mercury).</summary>
    public string? Outlet { get; set; }
    public PostStatus Status { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The platform's reach (people who saw it) and interactions (likes, shares, comments, clicks), as entered.</summary>
    public int? Reach { get; set; }
    public int? Interactions { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
}

/// <summary>An engagement (an existing record) in a campaign's plan.</summary>
public sealed class CampaignEngagement : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid CampaignId { get; set; }
    public Guid EngagementId { get; set; }
}

public static class CampaignNames
{
    public static string Of(PostChannel channel) => channel switch
    {
        PostChannel.X => "X (Twitter)",
        PostChannel.OtherSocial => "Other social media",
        PostChannel.PressRelease => "Press release",
        PostChannel.MediaInterview => "Media interview",
        _ => channel.ToString(),
    };

    public static bool IsPress(PostChannel channel) => channel is PostChannel.PressRelease or PostChannel.MediaInterview or PostChannel.Article;

    public static string Of(PostStatus status) => status.ToString();

    public static string Colour(PostStatus status) => status switch
    {
        PostStatus.Published => "green",
        PostStatus.Cancelled => "grey",
        _ => "blue",
    };
}

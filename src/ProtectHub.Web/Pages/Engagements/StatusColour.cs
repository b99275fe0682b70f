using ProtectHub.Core.Engagements;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>One colour per lifecycle state, the same on every page.</summary>
public static class StatusColour
{
    public static string Of(EngagementStatus status) => status switch
    {
        EngagementStatus.Planned => "blue",
        EngagementStatus.Delivered => "green",
        EngagementStatus.Reviewed => "purple",
        _ => "grey",
    };
}

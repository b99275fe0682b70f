namespace ProtectHub.Core.Performance;

/// <summary>
/// The kinds of record a metric can count. Each is a fixed set of fields (see <see cref="MetricSources"/>); what is
/// counted, filtered and broken down is data in the catalogue.
/// </summary>
public enum MetricSource
{
    /// <summary>Engagements starting in the period.</summary>
    Engagements,

    /// <summary>One row per audience type of each engagement starting in the period.</summary>
    EngagementAudiences,

    /// <summary>Organisations linked to at least one engagement delivered in the period, each once.</summary>
    OrganisationsEngaged,

    /// <summary>Memberships and certifications that started in the period.</summary>
    Memberships,

    /// <summary>Topic confidence ratings (before and after) from feedback on engagements starting in the period.</summary>
    FeedbackRatings,

    /// <summary>Feedback responses about engagements starting in the period.</summary>
    FeedbackResponses,

    /// <summary>Follow-up actions due in the period.</summary>
    FollowUpActions,

    /// <summary>Victim referrals received in the period.</summary>
    Referrals,

    /// <summary>One row per advice item given or service signposted, on referrals received in the period.</summary>
    ReferralAdvice,

    /// <summary>Young people referred to Cyber Prevent in the period (small numbers suppressed).</summary>
    PreventReferrals,

    /// <summary>Prevent interventions that took place in the period (small numbers suppressed).</summary>
    PreventInterventions,

    /// <summary>Approved intelligence reports first submitted in the period (a corrected report counts once).</summary>
    IntelligenceReports,

    /// <summary>One row per intelligence requirement each approved report of the period answers.</summary>
    IntelligenceRequirements,

    /// <summary>Campaign posts and press pieces published in the period, with their reach and interactions.</summary>
    CampaignPosts,
}

/// <summary>How a metric turns the matching records into one figure.</summary>
public enum MetricMeasure
{
    /// <summary>How many records match.</summary>
    Count,

    /// <summary>The total of a number field over the matching records.</summary>
    Sum,

    /// <summary>The mean of a number field over the matching records that have it.</summary>
    Mean,

    /// <summary>The median of a whole-number field over the matching records that have it.</summary>
    Median,

    /// <summary>The percentage of the matching records that also meet the metric's share conditions.</summary>
    Share,
}

/// <summary>A field is either a category (filter and break down by it) or a number (add it up, average it).</summary>
public enum MetricFieldKind
{
    Category,
    Number,
}

/// <summary>The record a drill-down lists.</summary>
public enum MetricRecordKind
{
    Engagement,
    Organisation,
    Referral,
    FollowUpAction,
    PreventCase,
    IntelligenceReport,
    CampaignPost,
}

namespace ProtectHub.Core.Performance;

/// <summary>
/// The metrics ProtectHub starts with (catalogue version 1). The national return's exact fields are not public, so
/// these are the figures every Protect role profile asks for; coordinators change and extend them as data.
/// </summary>
public static class StarterCatalogue
{
    private static MetricCondition C(string field, params string[] values) => new(field, values);

    private static readonly MetricCondition Delivered = C("Status", "Delivered", "Reviewed");

    public static IReadOnlyList<MetricDefinition> Metrics => // a new list each time: the rows are tracked once added
    [
        new() { Key = "engagements-delivered", Name = "Engagements delivered", Unit = "engagements", Source = MetricSource.Engagements, Measure = MetricMeasure.Count,
            Definition = "Engagements (presentations, briefings, exercises, webinars, advice and so on) that took place in the quarter and were recorded as delivered.",
            Conditions = [Delivered], Breakdowns = ["Kind", "Force", "Team"] },
        new() { Key = "people-reached", Name = "People reached", Unit = "people", Source = MetricSource.Engagements, Measure = MetricMeasure.Sum, ValueField = "PeopleReached",
            Definition = "The number of people reached, as recorded on delivery, added up over the engagements delivered in the quarter.",
            Conditions = [Delivered], Breakdowns = ["Force", "Team", "Kind"] },
        new() { Key = "engagements-by-audience", Name = "Engagements delivered by audience", Unit = "engagements", Source = MetricSource.EngagementAudiences, Measure = MetricMeasure.Count,
            Definition = "Engagements delivered in the quarter for each audience type (an engagement for two audiences counts once for each).",
            Conditions = [Delivered], Breakdowns = ["Audience"] },
        new() { Key = "organisations-engaged", Name = "Organisations engaged", Unit = "organisations", Source = MetricSource.OrganisationsEngaged, Measure = MetricMeasure.Count,
            Definition = "Different organisations linked to at least one engagement delivered in the quarter, each counted once.",
            Breakdowns = ["Sector", "Size", "Force", "Kind"] },
        new() { Key = "smes-engaged", Name = "SMEs engaged", Unit = "organisations", Source = MetricSource.OrganisationsEngaged, Measure = MetricMeasure.Count,
            Definition = "Organisations engaged in the quarter with fewer than 250 staff (micro, small and medium size bands).",
            Conditions = [C("Size", "Micro", "Small", "Medium")], Breakdowns = ["Force", "Sector", "Size"] },
        new() { Key = "new-community-members", Name = "New information-sharing community members", Unit = "organisations", Source = MetricSource.Memberships, Measure = MetricMeasure.Count,
            Definition = "Organisations whose membership of the regional information-sharing community started in the quarter.",
            Conditions = [C("Membership", "InformationSharingCommunity")], Breakdowns = ["Force", "Sector"] },
        new() { Key = "new-crc-members", Name = "New Cyber Resilience Centre members", Unit = "organisations", Source = MetricSource.Memberships, Measure = MetricMeasure.Count,
            Definition = "Organisations whose membership of the regional Cyber Resilience Centre started in the quarter.",
            Conditions = [C("Membership", "CyberResilienceCentre")], Breakdowns = ["Force", "Sector"] },
        new() { Key = "feedback-responses", Name = "Feedback responses", Unit = "responses", Source = MetricSource.FeedbackResponses, Measure = MetricMeasure.Count,
            Definition = "Answers to the public feedback forms of engagements that took place in the quarter.",
            Breakdowns = ["Force", "Team", "Kind"] },
        new() { Key = "mean-confidence-uplift", Name = "Mean confidence uplift", Unit = "points (1 to 5 scale)", Source = MetricSource.FeedbackRatings, Measure = MetricMeasure.Mean, ValueField = "Uplift",
            Definition = "Confidence after minus confidence before (each 1 to 5), averaged over every topic rating in feedback on engagements in the quarter.",
            Breakdowns = ["Topic", "Team", "Kind"] },
        new() { Key = "follow-up-actions-completed", Name = "Follow-up actions completed", Unit = "actions", Source = MetricSource.FollowUpActions, Measure = MetricMeasure.Count,
            Definition = "Follow-up actions from engagements that were due in the quarter and have been marked done.",
            Conditions = [C("Completed", "Yes")], Breakdowns = ["Team", "Force"] },
        new() { Key = "referrals-received", Name = "Victim referrals received", Unit = "referrals", Source = MetricSource.Referrals, Measure = MetricMeasure.Count,
            Definition = "Referrals of victims of cybercrime and fraud received from the national reporting service in the quarter.",
            Breakdowns = ["Force", "Offence", "Team", "VictimType"] },
        new() { Key = "referrals-contacted", Name = "Victims contacted", Unit = "referrals", Source = MetricSource.Referrals, Measure = MetricMeasure.Count,
            Definition = "Referrals received in the quarter whose victim has been reached (advice given, declined or already resolved).",
            Conditions = [C("Contacted", "Yes")], Breakdowns = ["Force", "Team"] },
        new() { Key = "referrals-contacted-in-time", Name = "Victims contacted within the service level", Unit = "referrals", Source = MetricSource.Referrals, Measure = MetricMeasure.Count,
            Definition = "Referrals received in the quarter whose victim was first reached on or before the due day of the service level (working days after receipt).",
            Conditions = [C("ContactedInTime", "Yes")], Breakdowns = ["Force", "Team"] },
        new() { Key = "contacted-in-time-rate", Name = "Contacted within the service level (share)", Unit = "%", Source = MetricSource.Referrals, Measure = MetricMeasure.Share,
            Definition = "Of the victims reached, the percentage first reached within the service level.",
            Conditions = [C("Contacted", "Yes")], ShareConditions = [C("ContactedInTime", "Yes")], Breakdowns = ["Force", "Team"] },
        new() { Key = "referrals-uncontactable", Name = "Referrals closed as uncontactable", Unit = "referrals", Source = MetricSource.Referrals, Measure = MetricMeasure.Count,
            Definition = "Referrals received in the quarter closed because the victim could not be reached after the set number of attempts.",
            Conditions = [C("Closure", "Uncontactable")], Breakdowns = ["Force", "Team"] },
        new() { Key = "median-days-to-first-contact", Name = "Median working days to first contact", Unit = "working days", Source = MetricSource.Referrals, Measure = MetricMeasure.Median, ValueField = "WorkingDaysToFirstContact",
            Definition = "The median number of working days (England and Wales) from receipt to first reaching the victim, over the referrals received in the quarter that were reached.",
            Conditions = [C("Contacted", "Yes")], Breakdowns = ["Force", "Team"] },
        new() { Key = "repeat-victim-rate", Name = "Repeat-victim rate", Unit = "%", Source = MetricSource.Referrals, Measure = MetricMeasure.Share,
            Definition = "The percentage of referrals received in the quarter whose victim had reported before (linked to an earlier referral and not rejected by an officer).",
            ShareConditions = [C("RepeatVictim", "Yes")], Breakdowns = ["Force", "Offence"] },
        new() { Key = "advice-and-signposting", Name = "Advice given and services signposted", Unit = "items", Source = MetricSource.ReferralAdvice, Measure = MetricMeasure.Count,
            Definition = "Each piece of Protect advice given and each support service signposted, on referrals received in the quarter.",
            Breakdowns = ["Item", "Kind", "Offence"] },
        new() { Key = "money-lost", Name = "Money lost by referred victims", Unit = "£", Source = MetricSource.Referrals, Measure = MetricMeasure.Sum, ValueField = "AmountLost",
            Definition = "The total amount victims reported losing, over referrals received in the quarter.",
            Breakdowns = ["Force", "Offence"] },
        new() { Key = "victim-satisfaction", Name = "Victim satisfaction", Unit = "points (1 to 5 scale)", Source = MetricSource.Referrals, Measure = MetricMeasure.Mean, ValueField = "Satisfaction",
            Definition = "The mean answer (1 very dissatisfied to 5 very satisfied) of victims who used their satisfaction link, on referrals received in the quarter.",
            Breakdowns = ["Force"] },
    ];
}

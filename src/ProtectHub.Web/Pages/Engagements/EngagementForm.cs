using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Engagements;

/// <summary>The engagement fields shared by the plan and change pages.</summary>
public sealed class EngagementForm
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public DateInput StartsOn { get; set; } = new();
    public string? StartTime { get; set; }
    public string? DurationMinutes { get; set; }
    public string? IsOnline { get; set; }
    public string? Venue { get; set; }
    public string? ForceCode { get; set; }
    public string? Team { get; set; }
    public string? LeadOfficerId { get; set; }
    public List<string> AudienceTypes { get; set; } = [];
    public List<string> TopicIds { get; set; } = [];
    public List<string> CampaignIds { get; set; } = [];
    public List<string> OrganisationIds { get; set; } = [];
    public List<string> SupportingOfficerIds { get; set; } = [];
    public List<string> Sectors { get; set; } = [];

    public static EngagementForm From(Engagement e)
    {
        var local = UkTime.ToLocal(e.StartsAt);
        return new EngagementForm
        {
            Title = e.Title,
            Kind = e.Kind.ToString(),
            StartsOn = DateInput.From(DateOnly.FromDateTime(local)),
            StartTime = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            DurationMinutes = e.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            IsOnline = e.IsOnline ? "yes" : "no",
            Venue = e.Venue,
            ForceCode = e.ForceCode,
            Team = e.Team.ToString(),
            LeadOfficerId = e.LeadOfficerId.ToString(),
            AudienceTypes = e.AudienceTypes.Select(a => a.ToString()).ToList(),
            TopicIds = e.TopicIds.Select(t => t.ToString()).ToList(),
            CampaignIds = e.CampaignIds.Select(c => c.ToString()).ToList(),
            OrganisationIds = e.OrganisationIds.Select(o => o.ToString()).ToList(),
            SupportingOfficerIds = e.SupportingOfficerIds.Select(o => o.ToString()).ToList(),
            Sectors = [.. e.Sectors],
        };
    }

    public EngagementDetails ToDetails(ModelStateDictionary modelState, string prefix)
    {
        var (date, dateError) = StartsOn.Parse("Date");
        if (dateError is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(StartsOn)}", dateError);
        }

        TimeOnly? time = null;
        if (string.IsNullOrWhiteSpace(StartTime))
        {
            modelState.AddModelError($"{prefix}.{nameof(StartTime)}", "Enter the start time, like 14:30");
        }
        else if (TimeOnly.TryParseExact(StartTime.Trim().ToLowerInvariant().Replace('.', ':'), ["H:mm", "HH:mm", "h:mmtt", "htt", "h:mm tt", "h tt"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
        }
        else
        {
            modelState.AddModelError($"{prefix}.{nameof(StartTime)}", "Enter a real start time, like 14:30 or 2:30pm");
        }

        return new EngagementDetails
        {
            Title = Title ?? "",
            Kind = Enum.TryParse<EngagementKind>(Kind, out var kind) ? kind : null,
            StartsAtLocal = date is { } d && time is { } t ? d.ToDateTime(t) : null,
            DurationMinutes = int.TryParse(DurationMinutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null,
            IsOnline = IsOnline switch { "yes" => true, "no" => false, _ => null },
            Venue = Venue,
            ForceCode = ForceCode ?? "",
            Team = Enum.TryParse<Team>(Team, out var team) ? team : null,
            LeadOfficerId = Guid.TryParse(LeadOfficerId, out var lead) ? lead : null,
            AudienceTypes = AudienceTypes.Select(a => Enum.TryParse<AudienceType>(a, out var x) ? x : (AudienceType?)null).OfType<AudienceType>().ToList(),
            TopicIds = Guids(TopicIds),
            CampaignIds = Guids(CampaignIds),
            OrganisationIds = Guids(OrganisationIds),
            SupportingOfficerIds = Guids(SupportingOfficerIds),
            Sectors = Sectors,
        };
    }

    private static List<Guid> Guids(IEnumerable<string> values) =>
        values.Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();

    public sealed record Choices(
        IReadOnlyList<SelectListItem> Kinds, IReadOnlyList<SelectListItem> Forces, IReadOnlyList<SelectListItem> Teams,
        IReadOnlyList<SelectListItem> Officers, IReadOnlyList<SelectListItem> Audiences, IReadOnlyList<SelectListItem> Topics,
        IReadOnlyList<SelectListItem> Campaigns, IReadOnlyList<SelectListItem> Organisations, IReadOnlyList<SelectListItem> Settings,
        IReadOnlyList<SelectListItem> Sectors)
    {
        /// <summary>The choices for the form (see <see cref="EngagementChoices.LoadAsync"/> for which organisations).</summary>
        public static async Task<Choices> LoadAsync(EngagementChoices choices, IReadOnlyCollection<string>? chosenOrganisationIds = null)
        {
            var lists = await choices.LoadAsync(Guids(chosenOrganisationIds ?? []));
            return new Choices(
                Enum.GetValues<EngagementKind>().Select(k => new SelectListItem(EngagementNames.Of(k), k.ToString())).ToList(),
                ProtectHub.Core.Regions.PoliceReferenceData.ForcesOf(lists.RegionCode).Select(f => new SelectListItem(f.Name, f.Code)).ToList(),
                Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList(),
                lists.Officers.ToChoices(),
                Enum.GetValues<AudienceType>().Select(a => new SelectListItem(EngagementNames.Of(a), a.ToString())).ToList(),
                lists.Topics.ToChoices(),
                lists.Campaigns.ToChoices(),
                lists.Organisations.ToChoices(),
                [new("In person", "no"), new("Online", "yes")],
                PartnerNames.SicSections.Select(s => new SelectListItem($"{s.Key}: {s.Value}", s.Key.ToString())).ToList());
        }
    }
}

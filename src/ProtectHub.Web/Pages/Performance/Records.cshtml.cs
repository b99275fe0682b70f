using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Core.Victims;
using ProtectHub.Web.Access;

using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>
/// The records behind a figure (or one row of its breakdown), through the same region filter as every list. Referrals
/// are listed only to those who may see referrals; everyone else sees how many there are.
/// </summary>
public sealed class RecordsModel(MetricCatalogue catalogue, MetricEngine engine, ProtectHubDbContext db, IAuthorizationService authorization) : PageModel
{
    private const int PageSize = 50;

    [FromQuery(Name = "metric")]
    public string? MetricKey { get; set; }

    [FromQuery]
    public string? Quarter { get; set; }

    [FromQuery]
    public string? Force { get; set; }

    [FromQuery]
    public string? Field { get; set; }

    [FromQuery]
    public string? Value { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public MetricDefinition Metric { get; private set; } = null!;
    public FinancialQuarter Period { get; private set; }
    public string? RowLabel { get; private set; }
    public int Total { get; private set; }
    public MetricRecordKind Kind { get; private set; }

    public bool MaySeeRecords { get; private set; } = true;
    public IReadOnlyList<(string Href, string Title, string Detail)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var metric = (await catalogue.CurrentAsync()).FirstOrDefault(m => m.Key == MetricKey);
        if (metric is null || !FinancialQuarter.TryParse(Quarter, out var period)
            || (Field is not null && MetricSources.Of(metric.Source).Field(Field) is not { Kind: MetricFieldKind.Category })
            // A value the field cannot hold is no row of any breakdown (it used to reach the query and fail with a 500).
            || (Field is not null && !MetricSources.Of(metric.Source).Accepts(Field, Value ?? "")))
        {
            return NotFound();
        }

        (Metric, Period) = (metric, period);
        if (Field is not null)
        {
            RowLabel = (await MetricLabels.LoadAsync(db, HttpContext.RequestAborted)).Of(Field, Value ?? "");
        }

        var ids = engine.RecordIds(metric, MetricScope.For(period, string.IsNullOrEmpty(Force) ? null : Force), Field, Value);
        Total = await ids.CountUpToLimitAsync();
        PageNumber = Paging.ClampPage(PageNumber, PageSize);
        var kind = Kind = MetricSources.Of(metric.Source).Records;
        if (kind is MetricRecordKind.Referral or MetricRecordKind.PreventCase or MetricRecordKind.IntelligenceReport)
        {
            // Victims', young people's and intelligence records are listed only for those who work them; the figure stays for all.
            var policy = kind switch { MetricRecordKind.Referral => Policies.VictimReferrals, MetricRecordKind.PreventCase => Policies.Prevent, _ => Policies.Intelligence };
            MaySeeRecords = (await authorization.AuthorizeAsync(User, policy)).Succeeded;
            if (!MaySeeRecords)
            {
                return Page();
            }
        }

        var page = ids.OrderBy(id => id).Skip((PageNumber - 1) * PageSize).Take(PageSize);
        Rows = kind switch
        {
            MetricRecordKind.Engagement => (await db.Set<Engagement>().AsNoTracking().Where(e => page.Contains(e.Id)).OrderByDescending(e => e.StartsAt).ToListAsync())
                .Select(e => ($"/engagements/{e.Id}", e.Title, $"{e.StartsAt.ToUkDate()}, {EngagementNames.Of(e.Kind)}, {e.Status}")).ToList(),
            MetricRecordKind.Organisation => (await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => page.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync())
                .Select(o => ($"/partners/organisations/{o.Id}", o.Name, $"{PartnerNames.Of(o.Kind)}{(o.Size is { } s ? ", " + PartnerNames.Of(s) : "")}")).ToList(),
            MetricRecordKind.PreventCase => (await db.Set<Core.Prevent.PreventCase>().AsNoTracking().Where(c => page.Contains(c.Id)).OrderByDescending(c => c.ReferredAt).ToListAsync())
                .Select(c => ($"/prevent/cases/{c.Id}", c.Reference, $"Referred {c.ReferredAt.ToUkDate()}, {Core.Prevent.PreventNames.Of(c.Behaviour)}, {Core.Prevent.PreventNames.Of(c.Status)}")).ToList(),
            MetricRecordKind.IntelligenceReport => (await db.Set<Core.Intelligence.IntelligenceReport>().AsNoTracking().Where(r => page.Contains(r.Id)).OrderByDescending(r => r.CreatedAt).ToListAsync())
                .Select(r => (Links.IntelligenceReport(r.Id), r.Reference, $"{Core.Intelligence.IntelligenceNames.Grading(r)}, {Core.Intelligence.IntelligenceNames.Of(r.Status)}")).ToList(),
            MetricRecordKind.CampaignPost => (await db.Set<Core.Campaigns.CampaignPost>().AsNoTracking().Where(p => page.Contains(p.Id)).OrderByDescending(p => p.PublishedOn).ToListAsync())
                .Select(p => ($"/campaigns/{p.CampaignId}", $"{Core.Campaigns.CampaignNames.Of(p.Channel)}, {p.PublishedOn.ToUkDate()}", $"Reach {p.Reach?.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "not recorded"}, interactions {p.Interactions?.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "not recorded"}")).ToList(),
            MetricRecordKind.FollowUpAction => (await db.Set<FollowUpAction>().AsNoTracking().Where(a => page.Contains(a.Id)).OrderBy(a => a.DueOn).ToListAsync())
                .Select(a => ($"/engagements/{a.EngagementId}", a.Description, $"{a.OwnerName}, due {a.DueOn.ToUkDate()}{(a.CompletedAt is null ? "" : ", done")}")).ToList(),
            _ => (await db.Set<VictimReferral>().AsNoTracking().Where(r => page.Contains(r.Id)).OrderByDescending(r => r.ReceivedAt).ToListAsync())
                .Select(r => ($"/referrals/{r.Id}", r.CrimeReference, $"Received {r.ReceivedAt.ToUkDate()}, {VictimNames.Of(r.OffenceCategory)}, {r.Status}")).ToList(),
        };
        return Page();
    }

    public string PageHref(int number) =>
        $"/performance/records?metric={Uri.EscapeDataString(Metric.Key)}&quarter={Period.Code}{Q("force", Force)}{Q("field", Field)}{(Field is null ? "" : "&value=" + Uri.EscapeDataString(Value ?? ""))}&page={number}";

    private static string Q(string name, string? value) => string.IsNullOrEmpty(value) ? "" : $"&{name}={Uri.EscapeDataString(value)}";
}

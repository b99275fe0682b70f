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
public sealed class RecordsModel(MetricCatalogue catalogue, MetricEngine engine, MetricRecords records, IAuthorizationService authorization) : PageModel
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
            RowLabel = await records.RowLabelAsync(Field, Value ?? "", HttpContext.RequestAborted);
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
        Rows = (await records.PageAsync(kind, page)).Select(r => (Opening(kind, r.Opens), r.Title, r.Detail)).ToList();
        return Page();
    }

    /// <summary>Where a row's link goes: the record itself, or for a campaign post its campaign, for an action its engagement.</summary>
    private static string Opening(MetricRecordKind kind, Guid id) => kind switch
    {
        MetricRecordKind.Engagement or MetricRecordKind.FollowUpAction => Links.Engagement(id),
        MetricRecordKind.Organisation => Links.Organisation(id),
        MetricRecordKind.PreventCase => Links.PreventCase(id),
        MetricRecordKind.IntelligenceReport => Links.IntelligenceReport(id),
        MetricRecordKind.CampaignPost => Links.Campaign(id),
        _ => Links.Referral(id),
    };

    public string PageHref(int number) =>
        $"/performance/records?metric={Uri.EscapeDataString(Metric.Key)}&quarter={Period.Code}{Q("force", Force)}{Q("field", Field)}{(Field is null ? "" : "&value=" + Uri.EscapeDataString(Value ?? ""))}&page={number}";

    private static string Q(string name, string? value) => string.IsNullOrEmpty(value) ? "" : $"&{name}={Uri.EscapeDataString(value)}";
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Plans;

/// <summary>The region's delivery plans, and starting one.</summary>
public sealed class IndexModel(DeliveryPlans plans, TimeProvider time) : PageModel
{
    public IReadOnlyList<DeliveryPlan> Plans { get; private set; } = [];

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public bool CanEdit => DeliveryPlans.Editors.Any(r => User.IsInRole(r.ToString()));

    public async Task OnGetAsync()
    {
        Plans = await plans.ListAsync();
        Year ??= FinancialQuarter.Containing(time.UkToday()).Year;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (plan, errors) = await plans.CreateAsync(Year ?? 0, Title);
        ModelState.AddFieldErrors(null, errors);
        if (plan is null)
        {
            Plans = await plans.ListAsync();
            return Page();
        }

        return Redirect(Links.Plan(plan.Id));
    }
}

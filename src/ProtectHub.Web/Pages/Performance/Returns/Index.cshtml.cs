using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Returns;

/// <summary>The region's quarterly returns, and starting a new one.</summary>
public sealed class IndexModel(ReturnWorkflow workflow, IActorScopeAccessor actor, TimeProvider time) : PageModel
{
    public IReadOnlyList<PerformanceReturn> Returns { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Quarters { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Areas { get; private set; } = [];
    public IReadOnlyDictionary<string, string> ForceNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public string? ForceCode { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!FinancialQuarter.TryParse(Quarter, out var quarter))
        {
            ModelState.AddModelError(nameof(Quarter), "Choose the quarter the return is for");
        }
        else
        {
            var (created, errors) = await workflow.CreateAsync(quarter, string.IsNullOrEmpty(ForceCode) ? null : ForceCode);
            ModelState.AddFieldErrors(null, errors);
            if (created is not null)
            {
                TempData["Success"] = "Draft return started";
                return Redirect(Links.Return(created.Id));
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Returns = await workflow.ListAsync();
        var current = FinancialQuarter.Containing(time.UkToday());
        Quarters = current.Trailing(8).Reverse().Select(q => new SelectListItem(q.Label, q.Code)).ToList();
        Quarter ??= current.Previous.Code;
        Areas = AreaChoices.ForRegion(actor.Current.RegionCode);
        ForceNames = Areas.Where(a => a.Value.Length > 0).ToDictionary(a => a.Value, a => a.Text);
    }
}

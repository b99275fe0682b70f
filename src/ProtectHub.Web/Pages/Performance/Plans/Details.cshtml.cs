using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Plans;

/// <summary>A delivery plan: objectives by strand, targets with progress and RAG status, and adding to it.</summary>
public sealed class DetailsModel(DeliveryPlans plans, MetricCatalogue catalogue) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public DeliveryPlan Plan { get; private set; } = null!;
    public IReadOnlyList<TargetProgress> Progress { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Metrics { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Areas { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Objectives { get; private set; } = [];

    [BindProperty]
    public string? TargetOwner { get; set; }
    public IReadOnlyList<SelectListItem> Strands { get; } =
        [new("Protect", nameof(PlanStrand.Protect)), new("Prevent", nameof(PlanStrand.Prevent)), new("Fraud Protect", nameof(PlanStrand.FraudProtect))];

    public bool CanEdit => DeliveryPlans.Editors.Any(r => User.IsInRole(r.ToString()));

    [BindProperty]
    public string? Strand { get; set; }

    [BindProperty]
    public string? ObjectiveText { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public Guid ObjectiveId { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? MetricKey { get; set; }

    [BindProperty]
    public string? ForceCode { get; set; }

    [BindProperty]
    public string? BreakdownField { get; set; }

    [BindProperty]
    public string? BreakdownValue { get; set; }

    [BindProperty]
    public string? TargetValue { get; set; }

    [BindProperty]
    public string? Direction { get; set; } = "Higher";

    public IReadOnlyList<SelectListItem> Directions { get; } =
        [new("Higher is better: reach the figure", "Higher"), new("Lower is better: stay at or under the figure", "Lower")];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostObjectiveAsync()
    {
        ModelState.AddFieldErrors(null, await plans.AddObjectiveAsync(Id, Enum.TryParse<PlanStrand>(Strand, out var s) ? s : null, ObjectiveText, Owner));
        return await AfterAsync("Objective added");
    }

    public async Task<IActionResult> OnPostTargetAsync()
    {
        var value = double.TryParse(TargetValue, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"), out var v) ? v : double.NaN;
        ModelState.AddFieldErrors(null, await plans.AddTargetAsync(ObjectiveId, new PlanTarget
        {
            Description = Description ?? "",
            MetricKey = MetricKey ?? "",
            ForceCode = string.IsNullOrEmpty(ForceCode) ? null : ForceCode,
            BreakdownField = string.IsNullOrWhiteSpace(BreakdownField) ? null : BreakdownField.Trim(),
            BreakdownValue = string.IsNullOrWhiteSpace(BreakdownField) ? null : BreakdownValue?.Trim() ?? "",
            TargetValue = value,
            LowerIsBetter = Direction == "Lower",
            OwnerName = TargetOwner?.Trim() ?? "",
        }));
        return await AfterAsync("Target added");
    }

    public async Task<IActionResult> OnPostRemoveTargetAsync(Guid targetId)
    {
        if (!await plans.RemoveTargetAsync(targetId))
        {
            return NotFound();
        }

        return await AfterAsync("Target removed");
    }

    private async Task<IActionResult> AfterAsync(string done)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = done;
        return Redirect(Links.Plan(Id));
    }

    private async Task LoadAsync()
    {
        Plan = (await plans.FindAsync(Id))!;
        Progress = await plans.ProgressAsync(Plan);
        Objectives = Plan.Objectives.Select(o => new SelectListItem(o.Text, o.Id.ToString())).ToList();
        Metrics = (await catalogue.CurrentAsync()).Select(m => new SelectListItem($"{m.Name} ({m.Unit})", m.Key)).ToList();
        Areas = AreaChoices.ForRegion(Plan.RegionCode);
    }

    public static string Colour(Rag rag) => rag switch { Rag.Green => "green", Rag.Amber => "yellow", Rag.Red => "red", _ => "grey" };
}

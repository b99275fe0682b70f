using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Returns;

/// <summary>The return as a printable report: narrative, then every figure with its charts and tables.</summary>
public sealed class PrintModel(ReturnWorkflow workflow) : PageModel
{
    public PerformanceReturn Return => HttpContext.GetRecord<PerformanceReturn>();
    public ReturnFigures Figures { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public string RegionName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Figures = await workflow.FiguresAsync(Return);
        RegionName = ProtectHub.Core.Regions.PoliceReferenceData.RegionName(Return.RegionCode);
        AreaName = Return.ForceCode is null ? "Whole region" : ProtectHub.Core.Regions.PoliceReferenceData.ForceName(Return.ForceCode);
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Performance;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Performance.Returns;

/// <summary>The return as a printable report: narrative, then every figure with its charts and tables.</summary>
public sealed class PrintModel(ReturnWorkflow workflow, ProtectHubDbContext db) : PageModel
{
    public PerformanceReturn Return => HttpContext.GetRecord<PerformanceReturn>();
    public ReturnFigures Figures { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public string RegionName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Figures = await workflow.FiguresAsync(Return);
        RegionName = await db.Regions.Where(r => r.Code == Return.RegionCode).Select(r => r.Name).FirstAsync();
        AreaName = Return.ForceCode is null ? "Whole region" : await db.Forces.Where(f => f.Code == Return.ForceCode).Select(f => f.Name).FirstAsync();
    }
}

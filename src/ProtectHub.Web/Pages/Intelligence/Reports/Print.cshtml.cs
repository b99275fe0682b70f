using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence.Reports;

/// <summary>The report as a printable 3x5x2 form: in full for those who may read it, else marked for sharing. Audited as a disclosure.</summary>
public sealed class PrintModel(IntelligenceExport export) : IntelligencePageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public IntelligenceExport.Document Document { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var forSharing = !IntelligenceAccess.MayReadFullText(Report, Actor);
        Document = await export.DocumentOfAsync(Report, forSharing);
        await export.AuditPrintAsync(Report, forSharing);
    }
}

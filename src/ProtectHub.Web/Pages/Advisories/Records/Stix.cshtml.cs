using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Advisories.Records;

/// <summary>An issued advisory as a STIX 2.1 bundle (a disclosure in the audit log).</summary>
public sealed class StixModel(AdvisoryWriting writing, ProtectHubDbContext db) : AdvisoryPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (Advisory.Status is not (AdvisoryStatus.Issued or AdvisoryStatus.Withdrawn))
        {
            return NotFound();
        }

        var bundle = StixExport.Bundle(Advisory, await writing.IndicatorsOfAsync(Advisory.Id));
        db.Audit(AuditAction.Disclosed, "Advisory", Advisory.Id.ToString(), Advisory.RegionCode, "Exported as a STIX 2.1 bundle");
        await db.SaveChangesAsync();
        return File(StixExport.Serialise(bundle), "application/stix+json;version=2.1", $"{Advisory.Reference.ToLowerInvariant()}-e{Advisory.Edition}.stix.json");
    }
}

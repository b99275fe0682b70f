using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Pages.Advisories.Records;

/// <summary>An issued advisory as a STIX 2.1 bundle (a disclosure in the audit log).</summary>
public sealed class StixModel(AdvisoryWriting writing) : AdvisoryPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (Advisory.Status is not (AdvisoryStatus.Issued or AdvisoryStatus.Withdrawn))
        {
            return NotFound();
        }

        return File(await writing.ExportStixAsync(Advisory), "application/stix+json;version=2.1", $"{Advisory.Reference.ToLowerInvariant()}-e{Advisory.Edition}.stix.json");
    }
}

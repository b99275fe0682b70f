using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Partners.Contacts;

public sealed class IndexModel(ContactDirectory directory, ListExporter exporter, OrganisationNames organisations) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only the contacts of this organisation (the "View all" link of an organisation's page).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Organisation { get; set; }

    /// <summary>The organisation's name, when the list is of one organisation's contacts.</summary>
    public string? OrganisationName { get; private set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Contact> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await FindOrganisationAsync())
        {
            return NotFound();
        }

        PageNumber = ProtectHub.Core.Data.Paging.ClampPage(PageNumber, PageSize);
        (Items, Total) = await directory.SearchAsync(Q, Organisation, PageNumber, PageSize);
        TotalPages = Math.Max(1, (Math.Min(Total, ProtectHub.Core.Data.Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(Filters);
        return Page();
    }

    /// <summary>The whole filtered list as CSV or XLSX. Contacts are personal data: the export is a recorded disclosure.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (!await FindOrganisationAsync())
        {
            return NotFound();
        }

        var (items, _) = await directory.SearchAsync(Q, Organisation, 1, TabularExport.MaxRows);
        var file = await exporter.ExportAsync("Contacts", PageLinks.Describe(Filters), format == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv,
            ["Full name", "Job role", "Organisation", "Email", "Telephone", "Lawful basis", "Consent given on", "May be emailed", "Opted out"],
            items.Select(c => (IReadOnlyList<string?>)[c.FullName, c.JobRole, c.Organisation?.Name, c.Email, c.Phone, c.LawfulBasis.ToString(),
                c.ConsentGivenOn?.ToString("yyyy-MM-dd"), c.MayBeEmailed ? "Yes" : "No", c.OptedOut ? "Yes" : "No"]).ToList());
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string ExportHref(string format) => "?handler=export&format=" + format + PageLinks.Query(Filters);

    private (string Key, string? Value)[] Filters => [("Q", Q), ("Organisation", Organisation?.ToString())];

    /// <summary>False when the organisation asked for is not one of the region's (answered, like any other record, 404).</summary>
    private async Task<bool> FindOrganisationAsync()
    {
        if (Organisation is not { } id)
        {
            return true;
        }

        OrganisationName = await organisations.NameAsync(id);
        return OrganisationName is not null;
    }
}

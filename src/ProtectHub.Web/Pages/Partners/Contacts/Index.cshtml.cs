using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Partners.Contacts;

public sealed class IndexModel(ContactDirectory directory, ListExporter exporter) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Contact> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public async Task OnGetAsync()
    {
        PageNumber = ProtectHub.Core.Data.Paging.ClampPage(PageNumber, PageSize);
        (Items, Total) = await directory.SearchAsync(Q, null, PageNumber, PageSize);
        TotalPages = Math.Max(1, (Math.Min(Total, ProtectHub.Core.Data.Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q));
    }

    /// <summary>The whole filtered list as CSV or XLSX. Contacts are personal data: the export is a recorded disclosure.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        var (items, _) = await directory.SearchAsync(Q, null, 1, TabularExport.MaxRows);
        var file = await exporter.ExportAsync("Contacts", string.IsNullOrWhiteSpace(Q) ? "" : $"Q={Q}", format == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv,
            ["Full name", "Job role", "Organisation", "Email", "Telephone", "Lawful basis", "Consent given on", "May be emailed", "Opted out"],
            items.Select(c => (IReadOnlyList<string?>)[c.FullName, c.JobRole, c.Organisation?.Name, c.Email, c.Phone, c.LawfulBasis.ToString(),
                c.ConsentGivenOn?.ToString("yyyy-MM-dd"), c.MayBeEmailed ? "Yes" : "No", c.OptedOut ? "Yes" : "No"]).ToList());
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string ExportHref(string format) => "?handler=export&format=" + format + PageLinks.Query(("Q", Q));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Partners.Organisations;

/// <summary>Organisations of the region: search, filter, sort and page on the server.</summary>
public sealed class IndexModel(OrganisationList list, IActorScopeAccessor actor, ListExporter exporter) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Size { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Force { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Membership { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Choices Choices { get; private set; } = null!;
    public IReadOnlyList<Organisation> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public IReadOnlyList<SelectListItem> SortChoices { get; } =
    [
        new("Name (A to Z)", nameof(OrganisationSort.Name)),
        new("Newest first", nameof(OrganisationSort.NewestFirst)),
        new("Town", nameof(OrganisationSort.Town)),
    ];

    public async Task OnGetAsync()
    {
        Choices = Choices.For(actor.Current);
        var search = Search();
        (Items, Total) = await list.SearchAsync(search);
        TotalPages = Math.Max(1, (Math.Min(Total, ProtectHub.Core.Data.Paging.CountLimit) + PageSize - 1) / PageSize);
        PageNumber = search.Page;
        PageHrefFormat = PageLinks.Format(Filters);
    }

    /// <summary>The whole filtered list (not just the page), as CSV or XLSX; recorded as a disclosure.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        var (items, _) = await list.SearchAsync(Search() with { Page = 1, PageSize = TabularExport.MaxRows });
        var forces = ProtectHub.Core.Regions.PoliceReferenceData.ForceNames;
        var file = await exporter.ExportAsync("Organisations", PageLinks.Describe(Filters),
            format == "xlsx" ? ExportFormat.Xlsx : ExportFormat.Csv,
            ["Name", "Kind", "Sector", "Size", "Force area", "Address line 1", "Address line 2", "Town", "Postcode", "Website", "Companies House number", "Recorded"],
            items.Select(o => (IReadOnlyList<string?>)[o.Name, PartnerNames.Of(o.Kind), o.Sector?.ToString(), o.Size?.ToString(), forces.GetValueOrDefault(o.ForceCode),
                o.AddressLine1, o.AddressLine2, o.Town, o.Postcode, o.Website, o.CompaniesHouseNumber, o.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd")]).ToList());
        return File(file.Content, file.ContentType, file.FileName);
    }

    public string ExportHref(string format) => "?handler=export&format=" + format + PageLinks.Query(Filters);

    private (string Key, string? Value)[] Filters => [("Q", Q), ("Sector", Sector), ("Size", Size), ("Force", Force), ("Membership", Membership), ("Sort", Sort)];

    private OrganisationSearch Search() => new()
    {
        Text = Q,
        Sector = Sector is { Length: 1 } s ? s[0] : null,
        Size = Enum.TryParse<SizeBand>(Size, out var size) ? size : null,
        ForceCode = Force,
        Membership = Enum.TryParse<MembershipKind>(Membership, out var membership) ? membership : null,
        Sort = Enum.TryParse<OrganisationSort>(Sort, out var sort) ? sort : OrganisationSort.Name,
        Page = Math.Max(PageNumber, 1),
        PageSize = PageSize,
    };
}

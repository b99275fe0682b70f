using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Data;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Operations;

public sealed class DetailsModel(OperationLists lists) : PreventPageModel
{
    private const int PageSize = 50;

    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? LetterTemplate { get; set; }
    [BindProperty(SupportsGet = true)] public bool Matched { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public OperationList List => HttpContext.GetRecord<OperationList>();
    public IReadOnlyList<OperationListEntry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> CaseReferences { get; private set; } = new Dictionary<Guid, string>();
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";

    public async Task OnGetAsync()
    {
        (Name, Service, LetterTemplate) = (List.Name, List.Service, List.LetterTemplate);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await lists.UpdateAsync(List, Name, Service, LetterTemplate));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Operation and letter saved";
        return Redirect(Links.PreventOperation(Id));
    }

    public async Task<IActionResult> OnPostEmailAsync()
    {
        var (sent, withoutEmail, problem) = await lists.EmailAsync(List, HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError("", problem);
            (Name, Service, LetterTemplate) = (List.Name, List.Service, List.LetterTemplate);
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = $"{sent:N0} warning letters emailed; {withoutEmail:N0} people have no email address: print theirs";
        return Redirect(Links.PreventOperation(Id));
    }

    private async Task LoadAsync()
    {
        PageNumber = Paging.ClampPage(PageNumber, PageSize);
        (Entries, Total) = await lists.EntriesAsync(Id, Matched, PageNumber, PageSize);
        CaseReferences = await lists.CaseReferencesAsync(Entries.Where(e => e.MatchedCaseId is not null).Select(e => e.MatchedCaseId!.Value));
        TotalPages = Math.Max(1, (Math.Min(Total, Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Matched", Matched ? "true" : null));
    }
}

using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Requests;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>Requests for assistance: searched by reference, title, organisation or requester; filtered by status, overdue, or the officer's own.</summary>
public sealed class IndexModel(RequestList list, TimeProvider time) : RequestPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }

    /// <summary>One officer's requests (from the team workload page).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Officer { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AssistanceRequest> Items { get; private set; } = [];
    public int Total { get; private set; }
    public DateOnly Today { get; private set; }

    public int TotalPages => Math.Max(1, (Total + RequestSearch.PageSize - 1) / RequestSearch.PageSize);

    public string PageHref => "?page={0}" + (string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q)) + (Status is null ? "" : "&status=" + Uri.EscapeDataString(Status))
        + (Overdue ? "&overdue=true" : "") + (Mine ? "&mine=true" : "") + (Officer is { } o && !Mine ? "&officer=" + o : "");

    public async Task OnGetAsync()
    {
        Today = time.UkToday();
        var status = ListValue.Parse<RequestStatus>(Status);
        // With no status chosen the list shows what is open: closed requests are found by choosing their status.
        (Items, Total) = await list.SearchAsync(new RequestSearch(Q, status, OpenOnly: status is null, OverdueOnly: Overdue, OfficerId: Mine ? Me : Officer, Page: PageNumber));
    }
}

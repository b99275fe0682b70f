using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Data;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Lessons;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Lessons.Library;

/// <summary>The national library: published lessons of every region, searched by words, attack type, technique or topic.</summary>
public sealed class IndexModel(LessonLibrary library, LessonWriting writing) : LessonPageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Attack { get; set; }
    [BindProperty(SupportsGet = true)] public string? Technique { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<LibraryRow> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public string PageHrefFormat { get; private set; } = "?page={0}";
    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Paging.ClampPage(PageNumber, PageSize);
        Topics = (await writing.TopicsAsync()).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        (Items, Total) = await library.SearchAsync(new LibrarySearch
        {
            Text = Q,
            AttackType = Parse<ThreatCategory>(Attack),
            Technique = Technique,
            TopicId = Guid.TryParse(Topic, out var topic) ? topic : null,
            Page = PageNumber,
            PageSize = PageSize,
        });
        TotalPages = Math.Max(1, (Math.Min(Total, Paging.CountLimit) + PageSize - 1) / PageSize);
        PageHrefFormat = PageLinks.Format(("Q", Q), ("Attack", Attack), ("Technique", Technique), ("Topic", Topic));
    }
}

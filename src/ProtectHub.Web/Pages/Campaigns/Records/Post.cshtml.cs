using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Data;
using ProtectHub.Core.Materials;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Campaigns.Records;

/// <summary>Plans a post or press piece (<c>posts/new</c>) or changes one: its status, and once published its reach and interactions.</summary>
public sealed class PostModel(CampaignPlanning planning, MaterialLibrary library) : PageModel
{
    [FromRoute] public string PostId { get; set; } = "";
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public DateInput ScheduledOn { get; set; } = new();
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public string? MaterialId { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public DateInput PublishedOn { get; set; } = new();
    [BindProperty] public string? Reach { get; set; }
    [BindProperty] public string? Interactions { get; set; }

    public Campaign Campaign => HttpContext.GetRecord<Campaign>();
    public bool IsNew => PostId == "new";
    public IReadOnlyList<SelectListItem> Images { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Channels { get; } = Prevent.PreventChoices.Of<PostChannel>(CampaignNames.Of);
    public static IReadOnlyList<SelectListItem> Statuses { get; } = Prevent.PreventChoices.Of<PostStatus>(CampaignNames.Of);

    public async Task<IActionResult> OnGetAsync()
    {
        if (IsNew)
        {
            Status = nameof(PostStatus.Planned);
        }
        else if (await FindAsync() is { } post)
        {
            (Channel, Text, Link, MaterialId, Outlet, Status) = (post.Channel.ToString(), post.Text, post.Link, post.MaterialId?.ToString(), post.Outlet, post.Status.ToString());
            ScheduledOn = DateInput.From(post.ScheduledOn);
            PublishedOn = post.PublishedOn is { } published ? DateInput.From(published) : new DateInput();
            (Reach, Interactions) = (post.Reach?.ToString(CultureInfo.InvariantCulture), post.Interactions?.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var post = IsNew ? null : await FindAsync();
        if (!IsNew && post is null)
        {
            return NotFound();
        }

        var form = Form();
        if (ModelState.IsValid)
        {
            ModelState.AddFieldErrors(null, post is null ? (await planning.AddPostAsync(Campaign, form, User.Identity?.Name ?? "")).Errors : await planning.UpdatePostAsync(post, form));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = IsNew ? "Post planned" : "Post saved";
        return Redirect(Links.Campaign(Campaign.Id));
    }

    private PostForm Form()
    {
        var (scheduled, scheduledError) = ScheduledOn.Parse("The planned date");
        if (scheduledError is not null)
        {
            ModelState.AddModelError(nameof(ScheduledOn), scheduledError);
        }

        var (published, publishedError) = PublishedOn.Parse("The date it was published");
        if (publishedError is not null)
        {
            ModelState.AddModelError(nameof(PublishedOn), publishedError);
        }

        return new PostForm(ListValue.Parse<PostChannel>(Channel), scheduled, Text, Link, Guid.TryParse(MaterialId, out var m) ? m : null, Outlet,
            ListValue.Parse<PostStatus>(Status), published, Count(Reach, nameof(Reach), "Reach"), Count(Interactions, nameof(Interactions), "Interactions"));
    }

    private int? Count(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        ModelState.AddModelError(field, $"{label} must be a whole number, like 1250");
        return null;
    }

    private Task<CampaignPost?> FindAsync() =>
        Guid.TryParse(PostId, out var id) ? planning.FindPostAsync(Campaign, id) : Task.FromResult<CampaignPost?>(null);

    private async Task LoadAsync() =>
        Images = (await planning.ImagesAsync(library)).Select(i => new SelectListItem(i.Title, i.Id.ToString())).ToList();
}

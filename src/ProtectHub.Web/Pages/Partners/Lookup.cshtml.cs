using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Partners;

namespace ProtectHub.Web.Pages.Partners;

/// <summary>
/// The search behind the type-ahead pickers (wwwroot/js/lookup.js): the region's organisations or contacts matching
/// what was typed, as JSON, at most <see cref="Shown"/>. Region-scoped like every read, and a contact read here is
/// audited like any other read of personal data. Without JavaScript the forms keep their select or text box.
/// </summary>
public sealed class LookupModel(OrganisationList organisations, ContactDirectory contacts) : PageModel
{
    public const int Shown = 10;

    /// <summary>What a picker shows: the text chosen, a hint to tell alike ones apart, and what the form keeps.</summary>
    public sealed record Suggestion(string Id, string Label, string? Hint);

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnGetOrganisationsAsync()
    {
        if (!Searchable(out var text))
        {
            return new JsonResult(Array.Empty<Suggestion>());
        }

        var (items, _) = await organisations.SearchAsync(new OrganisationSearch { Text = text, PageSize = Shown });
        return new JsonResult(items.Select(o => new Suggestion(o.Id.ToString(), o.Name, string.Join(", ", new[] { o.Town, o.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))))));
    }

    /// <summary>Contacts with an email address (the pickers that want people send to them), the address as what is kept.</summary>
    public async Task<IActionResult> OnGetContactsAsync()
    {
        if (!Searchable(out var text))
        {
            return new JsonResult(Array.Empty<Suggestion>());
        }

        // Filtered in the database: a person the picker cannot offer is never read (nor its read audited).
        var (items, _) = await contacts.SearchAsync(text, null, 1, Shown, withEmailOnly: true);
        return new JsonResult(items.Where(c => !string.IsNullOrWhiteSpace(c.Email))
            .Select(c => new Suggestion(c.Email!, c.FullName, string.Join(", ", new[] { c.Organisation?.Name, c.Email }.Where(p => !string.IsNullOrWhiteSpace(p))))));
    }

    /// <summary>Two characters at least (fewer match half the region), and no more than a name could be.</summary>
    private bool Searchable(out string text)
    {
        text = (Query ?? "").Trim();
        return text.Length is >= 2 and <= 200;
    }
}

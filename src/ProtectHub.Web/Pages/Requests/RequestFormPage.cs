using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Requests;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>The fields of a request (<c>_RequestFields</c>), shared by the officer's form and a partner's secure link.</summary>
public abstract class RequestFormPage : PageModel
{
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Urgency { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public DateInput NeededBy { get; set; } = new();
    [BindProperty] public string? RequesterName { get; set; }
    [BindProperty] public string? RequesterEmail { get; set; }
    [BindProperty] public string? RequesterPhone { get; set; }

    /// <summary>The partner's own form says "you"; the officer's says "the person asking".</summary>
    public abstract bool AskedByThem { get; }

    protected RequestForm FormWith(RequestSource? source, Guid? organisationId)
    {
        var (needed, error) = NeededBy.Parse("The date it is needed by");
        if (error is not null && !NeededBy.IsEmpty)
        {
            ModelState.AddModelError(nameof(NeededBy), error);
        }

        return new RequestForm(source, ListValue.Parse<RequestCategory>(Category), ListValue.Parse<RequestUrgency>(Urgency), Title, Details,
            organisationId, RequesterName, RequesterEmail, RequesterPhone, needed);
    }
}

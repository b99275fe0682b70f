using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Regions;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

public sealed class EditModel(RegionDirectory regions, RecordChanges changes, UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UserForm Input { get; set; } = new();

    /// <summary>The user's concurrency stamp when the form was filled: another administrator's save changes it.</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    public EditConflict? Conflict { get; private set; }

    public string Email { get; private set; } = "";
    public UserForm.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        Input = UserForm.From(user);
        Stamp = user.ConcurrencyStamp;
        Email = user.Email ?? "";
        Choices = await UserForm.Choices.LoadAsync(regions, admin);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        var details = Input.ToDetails(ModelState, nameof(Input));
        IReadOnlyList<FieldError> errors = [];
        if (ModelState.IsValid)
        {
            Conflict = await EditConflict.SaveUnlessChangedAsync(changes, user, user.ConcurrencyStamp == Stamp, () => UserForm.From(user), Input,
                async () => errors = await admin.UpdateAsync(user, details),
                () => changes.LastAlteredAsync(user.AuditRecordType, user.AuditRecordId));
        }
        else
        {
            errors = await admin.ValidateDetailsAsync(details);
        }

        ModelState.AddFieldErrors(nameof(Input), errors);
        if (!ModelState.IsValid || Conflict is not null)
        {
            Stamp = user.ConcurrencyStamp;
            Email = user.Email ?? "";
            Choices = await UserForm.Choices.LoadAsync(regions, admin);
            return Page();
        }

        TempData["Success"] = "User details saved";
        return Redirect(Links.User(Id));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

public sealed class EditModel(ProtectHubDbContext db, UserAdministration admin) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UserForm Input { get; set; } = new();

    public string Email { get; private set; } = "";
    public UserForm.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        Input = UserForm.From(user);
        Email = user.Email ?? "";
        Choices = await UserForm.Choices.LoadAsync(db);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = HttpContext.GetRecord<AppUser>();
        var details = Input.ToDetails(ModelState, nameof(Input));
        var errors = ModelState.IsValid ? await admin.UpdateAsync(user, details) : await admin.ValidateDetailsAsync(details);
        ModelState.AddFieldErrors(nameof(Input), errors);
        if (!ModelState.IsValid)
        {
            Email = user.Email ?? "";
            Choices = await UserForm.Choices.LoadAsync(db);
            return Page();
        }

        TempData["Success"] = "User details saved";
        return Redirect($"/admin/users/{Id}");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Regions;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Admin.Users;

public sealed class NewModel(RegionDirectory regions, ActingScope acting, UserAdministration admin) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public UserForm Input { get; set; } = new();

    public UserForm.Choices Choices { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Choices = await UserForm.Choices.LoadAsync(regions, admin);
        Input.RegionCode = acting.Current.RestrictToRegion ? acting.Current.RegionCode : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var options = new CreateUserOptions { Email = Email ?? "", Password = Password ?? "", Details = Input.ToDetails(ModelState, nameof(Input)) };
        // Validate first so a bad date and every other error show together, and nothing is created while any remain.
        AppUser? user = null;
        IReadOnlyList<FieldError> errors;
        if (ModelState.IsValid)
        {
            (user, errors) = await admin.CreateAsync(options);
        }
        else
        {
            errors = await admin.ValidateCreateAsync(options);
        }
        ModelState.AddFieldErrors(null, errors.Where(e => e.Field is "Email" or "Password"));
        ModelState.AddFieldErrors(nameof(Input), errors.Where(e => e.Field is not ("Email" or "Password")));
        if (user is null || !ModelState.IsValid)
        {
            Choices = await UserForm.Choices.LoadAsync(regions, admin);
            return Page();
        }

        TempData["Success"] = $"{user.DisplayName} has been created";
        return Redirect(Links.User(user.Id));
    }
}

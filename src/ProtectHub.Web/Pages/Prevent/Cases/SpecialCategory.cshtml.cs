using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.Access;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

/// <summary>Neurodiversity and health notes: only the assigned officer and the team's managers open this page at all.</summary>
public sealed class SpecialCategoryModel(SpecialCategory special, IAuthorizationService authorization) : PreventPageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public List<string> Neurodiversity { get; set; } = [];
    [BindProperty] public string? Diagnosis { get; set; }
    [BindProperty] public string? HealthNotes { get; set; }
    [BindProperty] public string? LawfulBasis { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await MayReadAsync())
        {
            return Forbid();
        }

        if (await special.ReadAsync(Case) is { } details)
        {
            Neurodiversity = details.Neurodiversity;
            Diagnosis = details.Diagnosis?.ToString();
            HealthNotes = details.HealthNotes;
            LawfulBasis = details.LawfulBasis.ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MayReadAsync())
        {
            return Forbid();
        }

        var chosen = Neurodiversity.Select(Parse<Core.Prevent.Neurodiversity>).ToList();
        if (chosen.Any(n => n is null))
        {
            ModelState.AddModelError(nameof(Neurodiversity), "Select neurodiversity from the list");
        }

        ModelState.AddFieldErrors(null, await special.SaveAsync(Case, chosen.OfType<Core.Prevent.Neurodiversity>().Distinct().ToList(),
            Parse<DiagnosisStatus>(Diagnosis), HealthNotes, Parse<SpecialCategoryBasis>(LawfulBasis), MyName));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Success"] = "Special category details saved";
        return Redirect(Links.PreventCase(Id));
    }

    private async Task<bool> MayReadAsync() =>
        Core.Prevent.SpecialCategory.MayRead(Case, Me, (await authorization.AuthorizeAsync(User, Policies.SupervisePrevent)).Succeeded);
}

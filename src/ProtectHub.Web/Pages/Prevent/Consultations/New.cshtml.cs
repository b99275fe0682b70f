using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Prevent.Consultations;

public sealed class NewModel(CaseIntake intake) : PreventPageModel
{
    [BindProperty] public string? ForceCode { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? AgeBand { get; set; }
    [BindProperty] public string? Behaviour { get; set; }
    [BindProperty] public string? Platform { get; set; }
    [BindProperty] public string? Setting { get; set; }
    [BindProperty] public string? Concerns { get; set; }
    [BindProperty] public string? Advice { get; set; }
    [BindProperty] public string? Decision { get; set; }

    public string? RegionCode => User.FindFirst(Access.ProtectHubClaims.Region)?.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (consultation, errors) = await intake.ConsultAsync(new ConsultationForm(ForceCode, Parse<PreventSource>(Source), Parse<AgeBand>(AgeBand),
            Parse<ConcernBehaviour>(Behaviour), Parse<OnlinePlatform>(Platform), Parse<PreventSetting>(Setting), Concerns, Advice, Parse<ConsultationDecision>(Decision)), Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || consultation is null)
        {
            return Page();
        }

        if (consultation.Decision == ConsultationDecision.ProceedToReferral)
        {
            TempData["Success"] = "Consultation recorded: now refer the young person";
            return Redirect($"/prevent/cases/new?consultationId={consultation.Id}");
        }

        TempData["Success"] = $"Consultation recorded: {PreventNames.Of(consultation.Decision).ToLowerInvariant()}";
        return Redirect("/prevent/consultations");
    }
}

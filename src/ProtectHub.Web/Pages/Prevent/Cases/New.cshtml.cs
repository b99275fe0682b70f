using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.GovUk;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent.Cases;

public sealed class NewModel(CaseIntake intake) : PreventPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ConsultationId { get; set; }

    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? ReferrerName { get; set; }
    [BindProperty] public string? ReferrerOrganisation { get; set; }
    [BindProperty] public string? ReferrerEmail { get; set; }
    [BindProperty] public string? ReferrerPhone { get; set; }
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public DateInput DateOfBirth { get; set; } = new();
    [BindProperty] public string? Gender { get; set; }
    [BindProperty] public string? AddressLine1 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? ForceCode { get; set; }
    [BindProperty] public string? SchoolName { get; set; }
    [BindProperty] public string? Handles { get; set; }
    [BindProperty] public string? ParentCarerName { get; set; }
    [BindProperty] public string? ParentCarerRelationship { get; set; }
    [BindProperty] public string? ParentCarerPhone { get; set; }
    [BindProperty] public string? ParentCarerEmail { get; set; }
    [BindProperty] public string? Behaviour { get; set; }
    [BindProperty] public string? BehaviourLevel { get; set; }
    [BindProperty] public string? Setting { get; set; }
    [BindProperty] public string? Details { get; set; }

    public string? RegionCode => User.FindFirst(Access.ProtectHubClaims.Region)?.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (born, bornError) = DateOfBirth.Parse("Date of birth");
        if (bornError is not null)
        {
            ModelState.AddModelError(nameof(DateOfBirth), bornError);
        }

        var (prevent, errors) = await intake.ReferAsync(new ReferralForm
        {
            ConsultationId = ConsultationId,
            Source = Parse<PreventSource>(Source),
            ReferrerName = ReferrerName,
            ReferrerOrganisation = ReferrerOrganisation,
            ReferrerEmail = ReferrerEmail,
            ReferrerPhone = ReferrerPhone,
            FirstName = FirstName,
            LastName = LastName,
            DateOfBirth = born,
            Gender = Gender,
            AddressLine1 = AddressLine1,
            Town = Town,
            Postcode = Postcode,
            ForceCode = ForceCode,
            SchoolName = SchoolName,
            Handles = Handles,
            ParentCarerName = ParentCarerName,
            ParentCarerRelationship = ParentCarerRelationship,
            ParentCarerPhone = ParentCarerPhone,
            ParentCarerEmail = ParentCarerEmail,
            Behaviour = Parse<ConcernBehaviour>(Behaviour),
            BehaviourLevel = Parse<BehaviourLevel>(BehaviourLevel),
            Setting = Parse<PreventSetting>(Setting),
            Details = Details,
        }, Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || prevent is null)
        {
            return Page();
        }

        TempData["Success"] = $"Referral {prevent.Reference} recorded: a supervisor must now record the deconfliction check";
        return Redirect(Links.PreventCase(prevent.Id));
    }
}

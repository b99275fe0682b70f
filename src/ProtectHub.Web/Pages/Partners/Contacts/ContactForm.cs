using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Partners.Contacts;

/// <summary>The contact fields shared by the create and change pages.</summary>
public sealed class ContactForm
{
    public string? FullName { get; set; }
    public string? JobRole { get; set; }
    public string? OrganisationId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? LawfulBasis { get; set; }
    public DateInput ConsentGivenOn { get; set; } = new();
    public string? ConsentMethod { get; set; }
    public List<string> Preferences { get; set; } = [];

    public static ContactForm From(Contact c) => new()
    {
        FullName = c.FullName,
        JobRole = c.JobRole,
        OrganisationId = c.OrganisationId?.ToString(),
        Email = c.Email,
        Phone = c.Phone,
        LawfulBasis = c.LawfulBasis.ToString(),
        ConsentGivenOn = DateInput.From(c.ConsentGivenOn),
        ConsentMethod = c.ConsentMethod,
        Preferences = [.. new[] { c.AcceptsEmail ? "Email" : null, c.AcceptsPhone ? "Phone" : null, c.AcceptsPost ? "Post" : null }.OfType<string>()],
    };

    public ContactDetails ToDetails(ModelStateDictionary modelState, string prefix)
    {
        var (consentOn, error) = ConsentGivenOn.Parse("Date consent was given");
        if (error is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(ConsentGivenOn)}", error);
        }

        return new ContactDetails
        {
            FullName = FullName ?? "",
            JobRole = JobRole,
            OrganisationId = Guid.TryParse(OrganisationId, out var org) ? org : null,
            Email = Email,
            Phone = Phone,
            LawfulBasis = Enum.TryParse<Core.Partners.LawfulBasis>(LawfulBasis, out var basis) ? basis : null,
            ConsentGivenOn = consentOn,
            ConsentMethod = ConsentMethod,
            AcceptsEmail = Preferences.Contains("Email"),
            AcceptsPhone = Preferences.Contains("Phone"),
            AcceptsPost = Preferences.Contains("Post"),
        };
    }

    public sealed record Choices(IReadOnlyList<SelectListItem> Organisations, IReadOnlyList<SelectListItem> LawfulBases, IReadOnlyList<SelectListItem> Preferences)
    {
        public static async Task<Choices> LoadAsync(OrganisationNames organisations) => new(
            (await organisations.ChoicesWithTownAsync()).ToChoices(),
            [
                new("Consent", nameof(Core.Partners.LawfulBasis.Consent)),
                new("Legitimate interests", nameof(Core.Partners.LawfulBasis.LegitimateInterests)),
                new("Public task", nameof(Core.Partners.LawfulBasis.PublicTask)),
                new("Law enforcement purposes (DPA 2018 Part 3)", nameof(Core.Partners.LawfulBasis.LawEnforcement)),
            ],
            [new("Email", "Email"), new("Phone", "Phone"), new("Post", "Post")]);
    }
}

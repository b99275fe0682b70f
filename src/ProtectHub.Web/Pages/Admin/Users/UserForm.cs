using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Regions;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Pages.Admin.Users;

/// <summary>The fields shared by the create-user and change-user pages, with their choices and their mapping.</summary>
public sealed class UserForm
{
    public string? DisplayName { get; set; }
    public string? RegionCode { get; set; }
    public string? HomeForceCode { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<string> Teams { get; set; } = [];
    public string? VettingLevel { get; set; }
    public DateInput VettingExpiresOn { get; set; } = new();

    public static UserForm From(AppUser user) => new()
    {
        DisplayName = user.DisplayName,
        RegionCode = user.RegionCode,
        HomeForceCode = user.HomeForceCode,
        Roles = user.Roles.Select(r => r.ToString()).ToList(),
        Teams = user.Teams.Select(t => t.ToString()).ToList(),
        VettingLevel = user.VettingLevel?.ToString(),
        VettingExpiresOn = DateInput.From(user.VettingExpiresOn),
    };

    /// <summary>Turns the form into service input, adding a ModelState error (under <paramref name="prefix"/>) for anything unreadable.</summary>
    public UserDetails ToDetails(ModelStateDictionary modelState, string prefix)
    {
        var (expiry, dateError) = VettingExpiresOn.Parse("Vetting expiry date");
        if (dateError is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(VettingExpiresOn)}", dateError);
        }

        return new UserDetails
        {
            DisplayName = DisplayName ?? "",
            RegionCode = RegionCode ?? "",
            HomeForceCode = HomeForceCode ?? "",
            Roles = Roles.Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).OfType<Role>().ToList(),
            Teams = Teams.Select(t => Enum.TryParse<Team>(t, out var team) ? team : (Team?)null).OfType<Team>().ToList(),
            VettingLevel = Enum.TryParse<VettingLevel>(VettingLevel, out var level) ? level : null,
            VettingExpiresOn = expiry,
        };
    }

    /// <summary>Choices for the selects and checkboxes, limited to the regions the administrator may manage.</summary>
    public sealed record Choices(
        IReadOnlyList<SelectListItem> Regions,
        IReadOnlyList<SelectListItem> Forces,
        IReadOnlyList<SelectListItem> Roles,
        IReadOnlyList<SelectListItem> Teams,
        IReadOnlyList<SelectListItem> VettingLevels)
    {
        /// <summary>The regions the administrator administers and their forces; the roles they may grant.</summary>
        public static async Task<Choices> LoadAsync(RegionDirectory directory, UserAdministration admin)
        {
            var regions = await directory.AdministeredAsync();
            var forces = regions.SelectMany(r => r.Forces).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            var roles = Enum.GetValues<Role>().Where(admin.CanGrant);
            return new Choices(
                regions.Select(r => new SelectListItem(r.Name, r.Code)).ToList(),
                forces.Select(f => new SelectListItem(regions.Count > 1 ? $"{f.Name} ({regions.First(r => r.Code == f.RegionCode).Name})" : f.Name, f.Code)).ToList(),
                roles.Select(r => new SelectListItem(DisplayNames.Of(r), r.ToString())).ToList(),
                Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList(),
                Enum.GetValues<VettingLevel>().Select(v => new SelectListItem(DisplayNames.Of(v), v.ToString())).ToList());
        }
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Intelligence;
using ProtectHub.Web.Access;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Intelligence;

/// <summary>What every intelligence page needs: the acting officer with their teams and role, and the report loaded for the route.</summary>
public abstract class IntelligencePageModel : PageModel
{
    private IntelligenceActor? _actor;

    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    public IntelligenceActor Actor => _actor ??= new IntelligenceActor(Me, MyName,
        User.FindAll(ProtectHubClaims.Team).Select(c => Enum.TryParse<Team>(c.Value, out var t) ? (Team?)t : null).OfType<Team>().ToHashSet(),
        User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit)));

    public IntelligenceReport Report => HttpContext.GetRecord<IntelligenceReport>();

    public string? RegionCode => User.FindFirst(ProtectHubClaims.Region)?.Value;

    protected static T? Parse<T>(string? value) where T : struct, Enum => GovUk.ListValue.Parse<T>(value);
}

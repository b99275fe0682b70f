using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Prevent;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Prevent;

/// <summary>What every Prevent page needs: who is acting, the case loaded for the route (404 outside the region), and list values read strictly.</summary>
public abstract class PreventPageModel : PageModel
{
    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    public PreventCase Case => HttpContext.GetRecord<PreventCase>();

    protected static T? Parse<T>(string? value) where T : struct, Enum => GovUk.ListValue.Parse<T>(value);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Access;
using ProtectHub.Core.Requests;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>What the request pages share: the acting officer, whether they supervise, and the request of the route.</summary>
public abstract class RequestPageModel : PageModel
{
    protected Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    protected string MyName => User.Identity?.Name ?? "";

    /// <summary>Supervisors, coordinators and heads of unit triage requests and see the tasking board (the SuperviseRequests policy).</summary>
    public bool IsSupervisor => User.IsInRole(nameof(Role.Supervisor)) || User.IsInRole(nameof(Role.Coordinator)) || User.IsInRole(nameof(Role.HeadOfUnit));

    public AssistanceRequest Item => HttpContext.GetRecord<AssistanceRequest>();
}

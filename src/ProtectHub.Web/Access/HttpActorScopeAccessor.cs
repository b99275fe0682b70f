using System.Security.Claims;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Access;

/// <summary>Derives the region scope from the signed-in user; anonymous requests act as the system (sign-in look-ups).</summary>
public sealed class HttpActorScopeAccessor(IHttpContextAccessor http) : IActorScopeAccessor
{
    public ActorScope Current
    {
        get
        {
            var context = http.HttpContext;
            var user = context?.User;
            if (user?.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            {
                return ActorScope.System("anonymous") with { CorrelationId = context?.TraceIdentifier };
            }

            var roles = user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
                .OfType<Role>().ToList();
            return ActorScope.ForUser(id, user.Identity.Name ?? id.ToString(), user.FindFirstValue(ProtectHubClaims.Region) ?? "",
                roles, context!.TraceIdentifier);
        }
    }
}

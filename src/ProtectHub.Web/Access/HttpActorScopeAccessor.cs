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

            return For(user, id, context!.TraceIdentifier);
        }
    }

    /// <summary>The scope of a signed-in person, from the claims their cookie carries.</summary>
    public static ActorScope For(ClaimsPrincipal user, Guid id, string? correlationId)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
            .OfType<Role>().ToList();
        return ActorScope.ForUser(id, user.Identity?.Name ?? id.ToString(), user.FindFirstValue(ProtectHubClaims.Region) ?? "", roles, correlationId);
    }
}

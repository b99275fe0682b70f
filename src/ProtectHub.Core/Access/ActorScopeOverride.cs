using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Access;

/// <summary>
/// Lets background work act as the person who asked for it (an import runs with its uploader's region and name in
/// the audit log). Set once at the start of a background scope; scope accessors return it in place of their own.
/// </summary>
public sealed class ActorScopeOverride
{
    public ActorScope? Scope { get; set; }
}

public static class ActingScopes
{
    /// <summary>
    /// A new DI scope (its own context and connection) acting as <paramref name="actor"/>: for work done alongside a
    /// request or job by the same person, with the same region filter and the same name in the audit log.
    /// </summary>
    public static AsyncServiceScope CreateActingScope(this IServiceScopeFactory scopes, ActorScope actor)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScopeOverride>().Scope = actor;
        return scope;
    }
}

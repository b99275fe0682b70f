namespace ProtectHub.Core.Access;

/// <summary>
/// Who is acting in this scope, for code that decides by it (a form's region, shared figures' key): the same scope the
/// DbContext's filters use (background work acting for a person, else the request's user).
/// </summary>
public sealed class ActingScope(IActorScopeAccessor accessor, ActorScopeOverride scopeOverride)
{
    public ActorScope Current => scopeOverride.Scope ?? accessor.Current;
}

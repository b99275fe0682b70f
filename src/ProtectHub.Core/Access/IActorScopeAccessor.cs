namespace ProtectHub.Core.Access;

/// <summary>Supplies the current <see cref="ActorScope"/>; the web host reads it from the signed-in user.</summary>
public interface IActorScopeAccessor
{
    ActorScope Current { get; }
}

/// <summary>A fixed scope, for the command line and for background work.</summary>
public sealed class FixedActorScopeAccessor(ActorScope scope) : IActorScopeAccessor
{
    public ActorScope Current { get; set; } = scope;
}

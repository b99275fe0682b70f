namespace ProtectHub.Core.Access;

/// <summary>
/// Lets background work act as the person who asked for it (an import runs with its uploader's region and name in
/// the audit log). Set once at the start of a background scope; scope accessors return it in place of their own.
/// </summary>
public sealed class ActorScopeOverride
{
    public ActorScope? Scope { get; set; }
}

namespace ProtectHub.Core.Data;

/// <summary>
/// A record people edit in forms. Its version goes up by one on every save (<see cref="VersionStampInterceptor"/>) and
/// is checked on update, so a save based on an older version is refused instead of silently overwriting a colleague's.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }

    /// <summary>Who saved the current version (null for the system: imports, migrations).</summary>
    Guid? ChangedById { get; set; }

    DateTimeOffset? ChangedAt { get; set; }
}

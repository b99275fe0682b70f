namespace ProtectHub.Core.Access;

/// <summary>
/// Failed password attempts for one email address from one network address. Keyed by a hash of both, so an address
/// that does not belong to any account is throttled exactly like one that does, and nobody can tell them apart.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>SHA-256 (hex) of the normalised email address and the source address.</summary>
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>No password is checked for this email from this source before then.</summary>
    public DateTimeOffset? BlockedUntil { get; set; }
}

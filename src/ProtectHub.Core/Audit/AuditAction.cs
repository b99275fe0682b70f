namespace ProtectHub.Core.Audit;

/// <summary>
/// What happened. The first six are the processing operations DPA 2018 s.62 requires logging for; the rest are
/// security events the service logs alongside them.
/// </summary>
public enum AuditAction
{
    Collected,
    Viewed,
    Altered,
    Disclosed,
    Combined,
    Erased,
    SignInSucceeded,
    SignInFailed,
    SignedOut,
    MfaEnrolled,
    MfaReset,
    AdministrativeChange,
}

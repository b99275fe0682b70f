namespace ProtectHub.Core.Victims;

/// <summary>
/// Counts the saves that changed victim referrals in this process: part of the key of figures shared between
/// supervisors (<see cref="ReferralQueue.WorkloadAsync"/>), so that a referral assigned, contacted or closed shows at
/// once. The context bumps it on every save that touches a referral; bulk writes that bypass the change tracker (binary
/// COPY, ExecuteUpdate) bump it themselves.
/// </summary>
public static class ReferralChanges
{
    private static long s_version;

    public static long Version => Interlocked.Read(ref s_version);

    public static void Saved() => Interlocked.Increment(ref s_version);
}

namespace ProtectHub.Core.Data;

/// <summary>
/// A number that goes up whenever records of a kind change, in the database so that every instance of the service sees
/// it: caches of figures derived from those records (the referral workload) include it in their key.
/// </summary>
public sealed class ChangeCounter
{
    public const string Referrals = "referrals";

    public string Name { get; set; } = "";

    public long Value { get; set; }
}

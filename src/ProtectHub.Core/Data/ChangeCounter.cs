namespace ProtectHub.Core.Data;

/// <summary>
/// A number that goes up whenever records of a kind change, in the database so that every instance of the service sees
/// it: caches of figures derived from those records (the referral workload, the tasking board, list totals) include it in
/// their key. Moved on by <see cref="ChangeCounting"/>.
/// </summary>
public sealed class ChangeCounter
{
    public const string Referrals = "referrals";
    public const string Requests = "requests";
    public const string Materials = "materials";
    public const string Organisations = "organisations";
    public const string Engagements = "engagements";
    public const string Contacts = "contacts";

    public string Name { get; set; } = "";

    public long Value { get; set; }
}

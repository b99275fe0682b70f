namespace ProtectHub.Core.Victims;

/// <summary>
/// Two referrals that the record-linkage engine thinks are the same victim, with its reasons; an officer can confirm or
/// reject the link, and a rejected pair is never suggested again.
/// </summary>
public sealed class ReferralLink : Access.IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";

    /// <summary>The later referral.</summary>
    public Guid ReferralId { get; set; }

    /// <summary>The earlier referral it is linked to.</summary>
    public Guid EarlierReferralId { get; set; }

    public double MatchProbability { get; set; }

    /// <summary>Why they were linked, one line per field (from <c>LinkageModel.Explain</c>).</summary>
    public List<string> Explanation { get; set; } = [];

    public LinkDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset FoundAt { get; set; }
}

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

    /// <summary>Why they were linked in plain words for officers ("Same date of birth and phone; email differs. Very likely the same person.").</summary>
    public string Summary { get; set; } = "";

    /// <summary>Why they were linked, one line per field with its weight (from <c>LinkageModel.Explain</c>): the scoring behind the summary.</summary>
    public List<string> Explanation { get; set; } = [];

    public LinkDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset FoundAt { get; set; }
}

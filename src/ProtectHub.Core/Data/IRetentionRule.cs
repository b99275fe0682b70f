namespace ProtectHub.Core.Data;

/// <summary>
/// An area's rule for removing personal details it no longer needs. Each area registers its own; the
/// <see cref="RetentionWorker"/> applies every one daily, and each area's command applies its own on demand.
/// </summary>
public interface IRetentionRule
{
    /// <summary>What the records are, for the log ("closed referrals").</summary>
    string Records { get; }

    /// <summary>Applies the rule in every region (the caller acts as the system); returns how many records were anonymised.</summary>
    Task<int> RunAsync(CancellationToken ct = default);
}

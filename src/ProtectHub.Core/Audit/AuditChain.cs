using System.Security.Cryptography;
using System.Text;

namespace ProtectHub.Core.Audit;

/// <summary>The hash that links each audit entry to the one before it.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Both databases keep timestamps to the microsecond; truncating before hashing makes the hash of a stored entry
    /// equal to the hash computed when it was written.
    /// </summary>
    public static DateTimeOffset Normalise(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>Signs a checkpoint of the chain's head.</summary>
    public static string Sign(AuditChainKey key, long sequence, string hash, DateTimeOffset at) => key.Key is null
        ? ""
        : Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes(
            string.Join('\u001f', sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), hash,
                Normalise(at).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    /// <summary>The entry's hash: HMAC-SHA-256 under the chain key when there is one, plain SHA-256 otherwise.</summary>
    public static string Compute(AuditEntry e, byte[]? key = null)
    {
        // Unit separators (0x1F) between fields so that moving text from one field to the next changes the hash.
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.Id.ToString("N"),
            Normalise(e.OccurredAt).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.ActorId?.ToString("N") ?? "",
            e.ActorName,
            e.Action.ToString(),
            e.RecordType ?? "",
            e.RecordId ?? "",
            e.RegionCode ?? "",
            e.Reason ?? "",
            e.Details ?? "",
            e.CorrelationId ?? "",
            e.PreviousHash);
        var bytes = Encoding.UTF8.GetBytes(canonical);
        return Convert.ToHexStringLower(key is null ? SHA256.HashData(bytes) : HMACSHA256.HashData(key, bytes));
    }
}

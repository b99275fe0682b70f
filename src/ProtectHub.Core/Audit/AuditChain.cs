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

    public static string Compute(AuditEntry e)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

namespace ProtectHub.Core.Audit;

/// <summary>
/// The head of the audit chain (sequence and hash) as it stood after a write, signed with the chain key. Kept apart
/// from the entries (PostgreSQL refuses updates and deletes of this table), so deleting the end of the log, which leaves
/// a chain that is intact as far as it goes, still shows: the latest checkpoint names entries that are gone.
/// </summary>
public sealed class AuditCheckpoint
{
    public long Id { get; set; }

    public long Sequence { get; set; }

    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>HMAC-SHA-256 (hex) of sequence, hash and time under the chain key; empty when the chain is not keyed.</summary>
    public string Signature { get; set; } = "";
}

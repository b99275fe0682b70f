namespace ProtectHub.Core.Imports;

/// <summary>
/// The ledger of an import: one row per chunk of the file that has been saved, written in the same transaction as the
/// chunk. An import run again after being cut short skips the chunks in its ledger and counts what they did.
/// </summary>
public sealed class ImportChunk
{
    public Guid UploadId { get; set; }
    public int Number { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int AlreadyHeld { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

namespace ProtectHub.Core.Imports;

/// <summary>One run of an import: the upload it comes from (for its ledger), the file, and the officer's column mapping.</summary>
public sealed record ImportContext(Guid UploadId, TabularFile File, IReadOnlyDictionary<string, int> Mapping);

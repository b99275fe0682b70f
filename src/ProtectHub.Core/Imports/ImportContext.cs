namespace ProtectHub.Core.Imports;

/// <summary>One run of an import: the upload it comes from (for its ledger), the file, and the officer's column mapping.</summary>
public sealed record ImportContext(Guid UploadId, TabularFile File, IReadOnlyDictionary<string, int> Mapping)
{
    /// <summary>Hears each stage of a long import (checking, linking, saving), for its progress page.</summary>
    public Func<string, Task>? OnStage { get; init; }

    /// <summary>The record the rows belong to, for imports into one record (a campaign's post analytics); else null.</summary>
    public Guid? TargetId { get; init; }
}

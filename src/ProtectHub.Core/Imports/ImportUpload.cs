using ProtectHub.Core.Access;

namespace ProtectHub.Core.Imports;

/// <summary>
/// An uploaded file and the import that runs from it in the background: the column mapping chosen, progress while it
/// runs, and what it did (counts, the first problems, and the invalid rows to download). Only its uploader can use it,
/// and only within their region. The file itself is dropped once the import has finished.
/// </summary>
public sealed class ImportUpload : IRegionOwned
{
    public const int ErrorsKept = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid UserId { get; set; }

    /// <summary>What the file holds: the <see cref="IRecordImport.Kind"/> of its importer, for example "organisations".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The record the file's rows belong to, for imports into one record (a campaign, for its post analytics).</summary>
    public Guid? TargetId { get; set; }

    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public ImportStatus Status { get; set; }

    /// <summary>Field name to column index, as chosen by the officer, stored as JSON.</summary>
    public string? MappingJson { get; set; }

    public int RowsTotal { get; set; }
    public int RowsDone { get; set; }

    /// <summary>What a long import is doing now (for example "Saving referrals"); null for imports of one stage.</summary>
    public string? Stage { get; set; }
    public int Imported { get; set; }
    public int AlreadyHeld { get; set; }
    public int Updated { get; set; }
    public int InvalidRows { get; set; }

    /// <summary>The first <see cref="ErrorsKept"/> problems (row, field, reason) as JSON, for the results page.</summary>
    public string? ErrorsJson { get; set; }

    public int ErrorCount { get; set; }
    public string? FailureMessage { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }

    /// <summary>The instance running the import (see <see cref="Data.JobLease"/>), renewed while it runs.</summary>
    public string? LeaseHolder { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public byte[]? InvalidRowsCsv { get; set; }
}

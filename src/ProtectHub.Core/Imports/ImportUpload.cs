using ProtectHub.Core.Access;

namespace ProtectHub.Core.Imports;

/// <summary>
/// An uploaded file kept between the upload and column-mapping steps, and the invalid rows it produced. Only its
/// uploader can use it (and only within their region); it is deleted when the import has been dealt with.
/// </summary>
public sealed class ImportUpload : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid UserId { get; set; }

    /// <summary>What the file holds, for example "Organisations".</summary>
    public string Kind { get; set; } = "";

    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }
    public string? Summary { get; set; }
    public byte[]? InvalidRowsCsv { get; set; }
}

namespace ProtectHub.Core.Imports;

/// <summary>
/// The columns an officer chose for a file layout, remembered per region and kind of import: the next file from the
/// same source (the same header row) starts with the same choices.
/// </summary>
public sealed class ImportMappingPreset : Access.IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public string Kind { get; set; } = "";

    /// <summary>The header row, normalised (lower case, letters and digits, joined by '|'): what identifies the source.</summary>
    public string HeaderKey { get; set; } = "";

    public string MappingJson { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }

    public static string KeyOf(IReadOnlyList<string> headers) =>
        string.Join('|', headers.Select(Data.TextKey.Of));
}

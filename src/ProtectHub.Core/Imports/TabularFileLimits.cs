namespace ProtectHub.Core.Imports;

/// <summary>
/// How much of an uploaded file <see cref="TabularFile.Read"/> reads before it refuses the file. Every limit is checked
/// while reading, before the next row, column or byte is kept: a file that passes one is refused the moment it does,
/// whatever its own headers claim. Bound from the <c>Imports:Limits</c> configuration section. A record class rather
/// than a struct so that the options pattern can bind it and a default instance cannot hold zeros.
/// </summary>
public sealed record TabularFileLimits
{
    public const string Section = "Imports:Limits";

    public static TabularFileLimits Default { get; } = new();

    /// <summary>The file as uploaded. A national list of 1,000,000 referrals is about 170 MB as CSV.</summary>
    public long MaxUploadBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The parts of an .xlsx read (worksheet, shared strings, styles, workbook), once inflated. Excel's own limit of
    /// 1,048,576 rows with about 20 columns comes to about 1 GB of worksheet XML.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Rows below the header row. The largest real referral list is about 1,500,000 rows.</summary>
    public int MaxRows { get; init; } = 2_000_000;

    /// <summary>Columns with something in them; blank cells beyond the limit are ignored.</summary>
    public int MaxColumns { get; init; } = 200;

    /// <summary>Distinct texts in an .xlsx's shared string table.</summary>
    public int MaxSharedStrings { get; init; } = 20_000_000;

    /// <summary>Characters in an .xlsx's shared string table, all texts together.</summary>
    public long MaxSharedStringCharacters { get; init; } = 256L * 1024 * 1024;

    /// <summary>Characters in one cell of an .xlsx (Excel's own limit is 32,767).</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>"256 MB", "1,024 MB", "64 KB": a size limit as people read file sizes.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{TabularFileRefusedException.Number(bytes / (1024.0 * 1024))} MB",
        >= 1024 => $"{TabularFileRefusedException.Number(bytes / 1024.0)} KB",
        _ => $"{TabularFileRefusedException.Number(bytes)} bytes",
    };

    /// <summary>True when every limit is a positive number (checked when the web host starts).</summary>
    public bool IsValid => MaxUploadBytes > 0 && MaxUncompressedBytes > 0 && MaxRows > 0 && MaxColumns > 0
        && MaxSharedStrings > 0 && MaxSharedStringCharacters > 0 && MaxCellCharacters > 0;
}

using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace ProtectHub.Core.Imports;

/// <summary>
/// An uploaded CSV or XLSX file read into a header and rows of text. CSV may be UTF-8 (with or without BOM) or
/// Windows-1252, which is what spreadsheets on police desktops still save. Row numbers are the file's own (header = 1).
/// Blank rows are left out; the header row is the first other one.
/// </summary>
public sealed record TabularFile(IReadOnlyList<string> Headers, IReadOnlyList<TabularFile.Row> Rows)
{
    public sealed record Row(int Number, IReadOnlyList<string> Cells);

    private const string NotTabular = "The selected file must be a CSV or Excel (.xlsx) file";

    /// <summary>How much of a file is looked at to tell text from binary.</summary>
    private const int SampleBytes = 64 * 1024;

    static TabularFile() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Reads the file, or explains in one sentence why it cannot be read. A file that breaks one of the
    /// <paramref name="limits"/> (by default <see cref="TabularFileLimits.Default"/>) is refused as soon as it does.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled during the read.</exception>
    public static (TabularFile? File, string? Error) Read(byte[] content, string fileName, TabularFileLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= TabularFileLimits.Default;
        if (content.Length == 0)
        {
            return (null, "The selected file is empty");
        }

        if (content.Length > limits.MaxUploadBytes)
        {
            return (null, MustBeSmallerThan(limits.MaxUploadBytes));
        }

        try
        {
            var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isZip)
            {
                return isZip ? Result(XlsxTableReader.Read(content, limits, ct)) : (null, TabularFileRefusedException.NotAnXlsx);
            }

            if (TextEncodingOf(content) is not { } encoding)
            {
                return (null, NotTabular);
            }

            // Decoded as it is read, record by record: a large upload never becomes one string.
            var bom = encoding.CodePage == 65001 && content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            using var text = new StreamReader(new MemoryStream(content, bom, content.Length - bom, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
            return Result(CsvTableReader.Read(text, limits, ct));
        }
        catch (TabularFileRefusedException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return (null, TabularFileRefusedException.NotAnXlsx);
        }
    }

    /// <summary>"The selected file must be smaller than 256 MB".</summary>
    public static string MustBeSmallerThan(long maxBytes) => $"The selected file must be smaller than {TabularFileLimits.Describe(maxBytes)}";

    private static (TabularFile?, string?) Result(TabularFile? file) => file is null ? (null, "The selected file is empty") : (file, null);

    /// <summary>
    /// UTF-8 if it has a BOM or is valid UTF-8, otherwise Windows-1252; null when the bytes are not text at all. A NUL
    /// never appears in a text file, and the other control characters (bar tab, line breaks, form feed, vertical tab
    /// and the old end-of-file mark) hardly ever: in compressed or random data they are one byte in ten. Random bytes
    /// are almost never valid UTF-8, and a Windows-1252 file is mostly ASCII, even in French or Welsh, so a file that
    /// is neither is not text either.
    /// </summary>
    private static Encoding? TextEncodingOf(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return null;
        }

        var sample = content.AsSpan(0, Math.Min(content.Length, SampleBytes));
        int controls = 0, high = 0;
        foreach (var b in sample)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A) or 0x7F)
            {
                controls++;
            }
            else if (b >= 0x80)
            {
                high++;
            }
        }

        if (controls >= 4 && controls * 100 > sample.Length)
        {
            return null;
        }

        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return System.Text.Encoding.UTF8;
        }

        if (Utf8.IsValid(content))
        {
            return System.Text.Encoding.UTF8;
        }

        return high * 10 > sample.Length * 3 ? null : System.Text.Encoding.GetEncoding(1252);
    }
}

using System.IO.Compression;
using System.Text;

namespace ProtectHub.Core.Files;

/// <summary>What a file is by its content, never its name: a renamed program is refused whatever it is called.</summary>
public enum FileKind
{
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Gif,
    WebP,
    Text,
    Word,
    PowerPoint,
    Excel,
}

/// <summary>A file's kind, its MIME type, and why it is refused when it is (null when it is acceptable so far).</summary>
public sealed record FileCheck(FileKind Kind, string ContentType, string? Problem);

/// <summary>
/// Reads a file's first bytes (and, for Office Open XML, its zip directory) to say what it is. Office documents with
/// macros are refused, as are the older binary Office formats, which can carry macros unseen.
/// </summary>
public static class FileContent
{
    private const int MaxContentTypesBytes = 1024 * 1024;

    public static FileCheck Check(Stream content)
    {
        Span<byte> head = stackalloc byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
        {
            return new(FileKind.Pdf, "application/pdf", null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(FileKind.Png, "image/png", null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new(FileKind.Jpeg, "image/jpeg", null);
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new(FileKind.Gif, "image/gif", null);
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new(FileKind.WebP, "image/webp", null);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new(FileKind.Unknown, "application/octet-stream",
                "is an older Office file (.doc, .xls or .ppt), which can hide macros: save it as .docx, .xlsx or .pptx and upload that");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            var result = CheckOfficeOpenXml(content);
            content.Position = 0;
            return result;
        }

        if (head.StartsWith("MZ"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return new(FileKind.Unknown, "application/octet-stream", "is a program, not a document");
        }

        return IsUtf8Text(content) ? new(FileKind.Text, "text/plain", null) : new(FileKind.Unknown, "application/octet-stream", null);
    }

    /// <summary>The kind of an Office Open XML package by its main part; refused when it holds a macro project.</summary>
    private static FileCheck CheckOfficeOpenXml(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return new(FileKind.Unknown, "application/zip", null);
            }

            var types = "";
            var typesEntry = zip.Entries.First(e => e.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
            if (typesEntry.Length <= MaxContentTypesBytes)
            {
                using var reader = new StreamReader(typesEntry.Open(), Encoding.UTF8);
                types = reader.ReadToEnd();
            }

            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
                || types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                return new(FileKind.Unknown, "application/octet-stream", "contains macros, which are refused: save it without macros (as .docx, .pptx or .xlsx) and upload that");
            }

            if (names.Contains("word/document.xml"))
            {
                return new(FileKind.Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null);
            }

            if (names.Contains("ppt/presentation.xml"))
            {
                return new(FileKind.PowerPoint, "application/vnd.openxmlformats-officedocument.presentationml.presentation", null);
            }

            if (names.Contains("xl/workbook.xml"))
            {
                return new(FileKind.Excel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null);
            }

            return new(FileKind.Unknown, "application/zip", null);
        }
        catch (InvalidDataException)
        {
            return new(FileKind.Unknown, "application/zip", "is a damaged or unreadable zip file");
        }
    }

    private static bool IsUtf8Text(Stream content)
    {
        // The first 64 KB decide: no NUL bytes, and valid UTF-8 (a character cut at the end of the sample is allowed).
        var sample = new byte[Math.Min(64 * 1024, content.Length)];
        content.Position = 0;
        var read = content.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 0 || sample.AsSpan(0, read).Contains((byte)0))
        {
            return false;
        }

        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            _ = decoder.GetCharCount(sample, 0, read, flush: read == content.Length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pdf => "PDF",
        FileKind.Png => "PNG image",
        FileKind.Jpeg => "JPEG image",
        FileKind.Gif => "GIF image",
        FileKind.WebP => "WebP image",
        FileKind.Text => "Text",
        FileKind.Word => "Word document",
        FileKind.PowerPoint => "PowerPoint presentation",
        FileKind.Excel => "Excel workbook",
        _ => "Unknown",
    };
}

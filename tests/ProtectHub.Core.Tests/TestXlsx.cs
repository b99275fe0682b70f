using System.IO.Compression;
using System.Text;

namespace ProtectHub.Core.Tests;

/// <summary>Hand-made .xlsx files: the parts Excel writes, with the worksheet (and optional shared strings and styles) as given.</summary>
public static class TestXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static byte[] Build(string sheetData, string? sharedStrings = null, string? styles = null, string dimension = "") =>
        Build(s => s.Write(Encoding.UTF8.GetBytes(Sheet(sheetData, dimension))), sharedStrings, styles);

    /// <summary>A worksheet of the given rows (the content of its sheetData), in the namespace Excel uses.</summary>
    public static string Sheet(string sheetData, string dimension = "") =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}">{dimension}<sheetData>{sheetData}</sheetData></worksheet>""";

    /// <summary>An .xlsx whose worksheet is written by <paramref name="writeSheet"/> straight into the zip (so it can be huge).</summary>
    public static byte[] Build(Action<Stream> writeSheet, string? sharedStrings = null, string? styles = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{sharedStrings}</sst>""");
            }

            if (styles is not null)
            {
                Part("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}">{styles}</styleSheet>""");
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
            writeSheet(sheet);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="row"/> (given its 1-based number) again and again until <paramref name="bytes"/> have been written, a row at a time.</summary>
    public static Action<Stream> RepeatedRows(long bytes, Func<int, string> row) => stream =>
    {
        var head = Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
        stream.Write(head);
        long written = head.Length;
        for (var i = 1; written < bytes; i++)
        {
            var line = Encoding.UTF8.GetBytes(row(i));
            stream.Write(line);
            written += line.Length;
        }

        stream.Write("</sheetData></worksheet>"u8);
    };
}

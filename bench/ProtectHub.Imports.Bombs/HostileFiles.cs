using System.IO.Compression;
using System.Text;

namespace ProtectHub.Imports.Bombs;

/// <summary>The files of the attack run on imports, made again. Each is written streaming, so even a 2 GB worksheet costs no memory.</summary>
public static class HostileFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// An .xlsx whose worksheet inflates to <paramref name="inflatedBytes"/>: rows of <paramref name="cells"/> inline-string
    /// cells without references (which are optional), so it compresses about a thousand to one. The zip states the true
    /// sizes, as any zip tool would.
    /// </summary>
    public static void XlsxBomb(string path, long inflatedBytes, int cells)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        WritePackage(zip);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
        var head = Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
        sheet.Write(head);
        var row = Encoding.UTF8.GetBytes($"<row>{string.Concat(Enumerable.Repeat("""<c t="inlineStr"><is><t>x</t></is></c>""", cells))}</row>");
        var block = new byte[row.Length * Math.Max(1, 65536 / row.Length)];
        for (var i = 0; i < block.Length; i += row.Length)
        {
            row.CopyTo(block, i);
        }

        for (long written = head.Length; written < inflatedBytes; written += block.Length)
        {
            sheet.Write(block);
        }

        sheet.Write("</sheetData></worksheet>"u8);
    }

    /// <summary>Two cells, in A1 and A1048576, of a worksheet that declares it spans every row and column Excel has.</summary>
    public static void SparseXlsx(string path)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        WritePackage(zip);
        Write(zip, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Acme</t></is></c></row></sheetData></worksheet>""");
    }

    public static void WideCsv(string path, int columns)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var line = 0; line < 2; line++)
        {
            for (var i = 0; i < columns; i++)
            {
                writer.Write(i == 0 ? "" : ",");
                writer.Write(line == 0 ? "c" : "1");
            }

            writer.Write('\n');
        }
    }

    public static void BinaryCsv(string path, int bytes)
    {
        var content = new byte[bytes];
        new Random(20260131).NextBytes(content);
        File.WriteAllBytes(path, content.Where(b => b != 0).ToArray());
    }

    private static void WritePackage(ZipArchive zip)
    {
        Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Write(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Write(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}

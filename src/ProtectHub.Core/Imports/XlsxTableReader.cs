using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace ProtectHub.Core.Imports;

/// <summary>
/// Reads the first worksheet of an .xlsx from its XML, one node at a time, keeping only the cells with something in
/// them. Nothing the file says about its own size is trusted to size anything: not the zip's entry sizes (used only to
/// refuse early), not the sheet's <c>dimension</c>, not the shared string table's <c>count</c>. Every byte inflated
/// counts against <see cref="TabularFileLimits.MaxUncompressedBytes"/>, a cell's column comes from its <c>r</c>
/// reference and is refused past the column limit before anything is allocated for it, and rows, shared strings and
/// cell lengths are counted as they are read.
/// </summary>
internal sealed class XlsxTableReader
{
    /// <summary>An .xlsx has a dozen parts, a few hundred with pictures; a zip can list millions, each an object to read.</summary>
    private const int MaxZipEntries = 10_000;

    /// <summary>SpreadsheetML nests about 8 deep; an XML reader keeps a node for every open element.</summary>
    private const int MaxDepth = 64;

    /// <summary>Excel's own limit on cell formats is 64,000; formats beyond this are taken not to be dates.</summary>
    private const int MaxStyles = 65_536;

    private const string WorksheetPrefix = "xl/worksheets/sheet";

    private readonly ZipArchive _zip;
    private readonly TabularFileLimits _limits;
    private readonly CancellationToken _ct;
    private readonly StrongBox<long> _inflated = new();
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];
    private int _nodes;

    private XlsxTableReader(ZipArchive zip, TabularFileLimits limits, CancellationToken ct) => (_zip, _limits, _ct) = (zip, limits, ct);

    /// <summary>The first worksheet, or null when it has no row with anything in it.</summary>
    /// <exception cref="TabularFileRefusedException">The file breaks a limit or is not an .xlsx.</exception>
    /// <exception cref="InvalidDataException">The zip is damaged.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    public static TabularFile? Read(byte[] content, TabularFileLimits limits, CancellationToken ct)
    {
        if (DeclaredEntryCount(content) is < 0 or > MaxZipEntries)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        using var stream = new MemoryStream(content, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return new XlsxTableReader(zip, limits, ct).ReadFirstSheet();
    }

    private TabularFile? ReadFirstSheet()
    {
        var package = Relationships("_rels/.rels", "");
        var workbook = package.Find(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
        var (sheetIds, date1904) = ReadWorkbook(workbook);
        var parts = Relationships($"{DirectoryOf(workbook)}_rels/{workbook[(workbook.LastIndexOf('/') + 1)..]}.rels", DirectoryOf(workbook));
        string? Part(string type) => parts.Find(p => p.Type.EndsWith(type, StringComparison.Ordinal)).Target;
        var sheet = sheetIds.Select(id => parts.Find(p => p.Id == id && p.Type.EndsWith("/worksheet", StringComparison.Ordinal)).Target)
            .FirstOrDefault(t => t is not null) ?? FirstWorksheetByName();
        if (sheet is null)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        var strings = ReadSharedStrings(Part("/sharedStrings") ?? $"{DirectoryOf(workbook)}sharedStrings.xml");
        var dates = ReadDateStyles(Part("/styles") ?? $"{DirectoryOf(workbook)}styles.xml");
        return ReadSheet(sheet, strings, dates, date1904);
    }

    private TabularFile? ReadSheet(string path, List<string> strings, List<bool> dateStyles, bool date1904)
    {
        using var xml = Open(path);
        if (xml is null)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        var table = new TableBuilder(_limits);
        var cells = new List<string>();
        var rowNumber = 0;
        while (Next(xml))
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
            {
                break; // The rest of a worksheet (merged cells, print settings, ...) holds no values.
            }

            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : rowNumber + 1;
            if (xml.IsEmptyElement)
            {
                continue;
            }

            cells.Clear();
            var depth = xml.Depth;
            var column = -1;
            Next(xml);
            while (xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                {
                    column = ReadCell(xml, column, cells, strings, dateStyles, date1904);
                    continue;
                }

                Next(xml);
            }

            table.Add(rowNumber, cells);
        }

        return table.Build(headersAsWideAsRows: true);
    }

    /// <summary>Reads a <c>c</c> element into its column of the row, moving past it; returns the cell's column.</summary>
    private int ReadCell(XmlReader xml, int previous, List<string> cells, List<string> strings, List<bool> dateStyles, bool date1904)
    {
        var column = ColumnOf(xml.GetAttribute("r")) ?? previous + 1;
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (xml.IsEmptyElement)
        {
            Next(xml); // A formatted cell with no value.
            return column;
        }

        string? value = null;
        string? inline = null;
        var depth = xml.Depth;
        Next(xml);
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "v":
                        _text.Clear();
                        AppendText(xml);
                        value = _text.ToString();
                        continue;
                    case "is":
                        inline = RichText(xml);
                        continue;
                    default:
                        Skip(xml); // The formula (the value is its last result) and extensions.
                        continue;
                }
            }

            Next(xml);
        }

        Next(xml);
        var text = type switch
        {
            "s" => SharedString(value, strings),
            "inlineStr" => inline ?? value ?? "",
            "b" => value is null ? "" : value.Trim() is "1" or "true" ? "True" : "False",
            "d" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? Format(iso) : value ?? "",
            "str" or "e" => value ?? "",
            _ => Number(value, style < dateStyles.Count && dateStyles[style], date1904),
        };
        Put(cells, column, text);
        return column;
    }

    private void Put(List<string> cells, int column, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (column >= _limits.MaxColumns)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                TabularFileRefusedException.TooManyColumns(_limits.MaxColumns);
            }

            return;
        }

        while (cells.Count < column)
        {
            cells.Add("");
        }

        if (column < cells.Count)
        {
            cells[column] = text;
        }
        else
        {
            cells.Add(text);
        }
    }

    /// <summary>The zero-based column of a reference such as "AB7", or null without letters. Saturates far beyond any column limit.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1), 1 << 20);
        }

        return i == 0 ? null : column - 1;
    }

    private static string SharedString(string? value, List<string> strings)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var index)
            || index < 0 || index >= strings.Count)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        return strings[index];
    }

    /// <summary>A number as text; in a date or time format, the date (and time) it stands for, as Excel shows it.</summary>
    private static string Number(string? value, bool isDate, bool date1904)
    {
        if (string.IsNullOrEmpty(value) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value ?? "";
        }

        var serial = date1904 ? number + 1462 : number;
        return isDate && serial is >= -657_435.0 and < 2_958_466.0
            ? Format(DateTime.FromOADate(serial))
            : number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Format(DateTime date) =>
        date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private List<string> ReadSharedStrings(string path)
    {
        var strings = new List<string>(); // Never sized from the table's own count.
        using var xml = Open(path);
        if (xml is null)
        {
            return strings;
        }

        long characters = 0;
        Next(xml);
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
            {
                Next(xml);
                continue;
            }

            if (strings.Count == _limits.MaxSharedStrings)
            {
                TabularFileRefusedException.TooManySharedStrings(_limits.MaxSharedStrings);
            }

            var text = RichText(xml);
            characters += text.Length;
            if (characters > _limits.MaxSharedStringCharacters)
            {
                TabularFileRefusedException.TooMuchSharedText(_limits.MaxSharedStringCharacters);
            }

            strings.Add(text);
        }

        return strings;
    }

    /// <summary>For each cell format (a cell's <c>s</c>), whether it shows a date or time.</summary>
    private List<bool> ReadDateStyles(string path)
    {
        var dates = new List<bool>();
        using var xml = Open(path);
        if (xml is null)
        {
            return dates;
        }

        var custom = new Dictionary<int, bool>();
        string? section = null;
        var sectionDepth = -1;
        while (Next(xml))
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == sectionDepth)
            {
                if (section == "cellXfs")
                {
                    break; // Fonts, fills, borders and the rest do not matter here.
                }

                (section, sectionDepth) = (null, -1);
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var id = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            switch (xml.LocalName)
            {
                case "numFmts" or "cellXfs" when !xml.IsEmptyElement && section is null:
                    (section, sectionDepth) = (xml.LocalName, xml.Depth);
                    break;
                case "numFmt" when section == "numFmts" && xml.Depth == sectionDepth + 1 && custom.Count < MaxStyles:
                    custom[id] = IsDateFormat(xml.GetAttribute("formatCode") ?? "");
                    break;
                case "xf" when section == "cellXfs" && xml.Depth == sectionDepth + 1 && dates.Count < MaxStyles:
                    dates.Add(custom.TryGetValue(id, out var isDate) ? isDate : id is >= 14 and <= 22 or >= 45 and <= 47);
                    break;
            }
        }

        return dates;
    }

    /// <summary>
    /// Whether a number format shows a date or time: a d, m, y or h outside quoted text, escaped characters and
    /// brackets (colours, locales), or an elapsed-time bracket such as [h]. Only the first section (positive numbers) counts.
    /// </summary>
    internal static bool IsDateFormat(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close;
                    break;
                case '\\' or '_' or '*':
                    i++; // An escaped character, or the character whose width to leave or to repeat.
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return false;
                    }

                    if (code.AsSpan(i + 1, end - i - 1).Trim("hHmMsS").IsEmpty && end > i + 1)
                    {
                        return true;
                    }

                    i = end;
                    break;
                case ';':
                    return false;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H':
                    return true;
            }
        }

        return false;
    }

    /// <summary>The relationship ids of the workbook's sheets in order, and whether its dates count from 1904 (old Excel for Mac).</summary>
    private (List<string> SheetIds, bool Date1904) ReadWorkbook(string path)
    {
        using var xml = Open(path);
        var sheets = new List<string>();
        var date1904 = false;
        while (xml is not null && Next(xml))
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheets")
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "workbookPr")
            {
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            }
            else if (xml.LocalName == "sheet" && sheets.Count < MaxZipEntries && RelationshipId(xml) is { } id)
            {
                sheets.Add(id);
            }
        }

        return (sheets, date1904);
    }

    private static string? RelationshipId(XmlReader xml)
    {
        string? id = null;
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
            {
                id = xml.Value;
                break;
            }
        }

        xml.MoveToElement();
        return id;
    }

    private List<(string? Id, string Type, string? Target)> Relationships(string path, string directory)
    {
        var relationships = new List<(string? Id, string Type, string? Target)>();
        using var xml = Open(path);
        while (xml is not null && Next(xml))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && relationships.Count < MaxZipEntries
                && xml.GetAttribute("Target") is { } target && xml.GetAttribute("TargetMode") != "External")
            {
                relationships.Add((xml.GetAttribute("Id"), xml.GetAttribute("Type") ?? "", Resolve(directory, target)));
            }
        }

        return relationships;
    }

    /// <summary>A relationship's target as a path in the zip: absolute ("/xl/...") or relative to the source part's folder.</summary>
    private static string Resolve(string directory, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : directory + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static string DirectoryOf(string path) => path[..(path.LastIndexOf('/') + 1)];

    /// <summary>For a workbook without the usual relationships: xl/worksheets/sheet1.xml, or the lowest numbered.</summary>
    private string? FirstWorksheetByName() => _zip.Entries
        .Where(e => e.FullName.StartsWith(WorksheetPrefix, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
        .Select(e => e.FullName)
        .OrderBy(n => int.TryParse(n.AsSpan(WorksheetPrefix.Length, n.Length - WorksheetPrefix.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue)
        .FirstOrDefault();

    /// <summary>The text of an <c>si</c> or <c>is</c> element, plain or in runs of rich text, without phonetic guides; moves past it.</summary>
    private string RichText(XmlReader xml)
    {
        _text.Clear();
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return "";
        }

        var depth = xml.Depth;
        Next(xml);
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "t" or "rPh")
            {
                if (xml.LocalName == "t")
                {
                    AppendText(xml);
                }
                else
                {
                    Skip(xml);
                }

                continue;
            }

            Next(xml);
        }

        Next(xml);
        return Unescape(_text);
    }

    /// <summary>Appends the text of the element the reader is on, a chunk at a time so that no long text is held twice; moves past it.</summary>
    private void AppendText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return;
        }

        var depth = xml.Depth;
        Next(xml);
        while (xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    if (_text.Length + read > _limits.MaxCellCharacters)
                    {
                        TabularFileRefusedException.CellTooLong(_limits.MaxCellCharacters);
                    }

                    _text.Append(_chunk, 0, read);
                }
            }

            Next(xml);
        }

        Next(xml);
    }

    /// <summary>Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).</summary>
    private static string Unescape(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var value = text.ToString();
        if (!value.Contains("_x", StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '_' && i + 6 < value.Length && value[i + 1] == 'x' && value[i + 6] == '_'
                && ushort.TryParse(value.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 6;
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Moves past the element the reader is on, through this class's own checks (unlike XmlReader.Skip).</summary>
    private void Skip(XmlReader xml)
    {
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (Next(xml) && xml.Depth > depth)
            {
            }
        }

        Next(xml);
    }

    /// <summary>Every node read goes through here: nesting is limited, and cancellation is checked every 4,096 nodes.</summary>
    private bool Next(XmlReader xml)
    {
        if ((++_nodes & 4095) == 0)
        {
            _ct.ThrowIfCancellationRequested();
        }

        if (!xml.Read())
        {
            return false;
        }

        if (xml.Depth > MaxDepth)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        return true;
    }

    /// <summary>
    /// A part to read, or null when the zip has no such entry. The size the zip declares refuses an honest bomb before
    /// a byte is inflated; the stream counts what is actually inflated, so a dishonest one is refused too.
    /// </summary>
    private XmlReader? Open(string path)
    {
        var entry = _zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > _limits.MaxUncompressedBytes - _inflated.Value)
        {
            TabularFileRefusedException.TooLargeUncompressed(_limits.MaxUncompressedBytes);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            NameTable = new BoundedNameTable(),
            CloseInput = true,
        };
        return XmlReader.Create(new InflatedPartStream(entry.Open(), _inflated, _limits.MaxUncompressedBytes), settings);
    }

    /// <summary>
    /// The number of entries the zip's end of central directory record declares (its zip64 record's, if it defers to
    /// one), or -1 when there is no such record.
    /// </summary>
    private static long DeclaredEntryCount(ReadOnlySpan<byte> zip)
    {
        const int EndRecordLength = 22;
        var stop = Math.Max(0, zip.Length - EndRecordLength - ushort.MaxValue);
        for (var i = zip.Length - EndRecordLength; i >= stop; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) != 0x06054b50)
            {
                continue;
            }

            var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(i + 10)..]);
            var locator = i - 20;
            if (entries != ushort.MaxValue || locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(zip[locator..]) != 0x07064b50)
            {
                return entries;
            }

            var record = BinaryPrimitives.ReadInt64LittleEndian(zip[(locator + 8)..]);
            return record >= 0 && record <= zip.Length - 56 && BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)record..]) == 0x06064b50
                ? BinaryPrimitives.ReadInt64LittleEndian(zip[((int)record + 32)..])
                : -1;
        }

        return -1;
    }
}

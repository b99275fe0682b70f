using System.Xml;

namespace ProtectHub.Core.Imports;

/// <summary>
/// An XML name table that refuses a part with more than <see cref="MaxNames"/> distinct element, attribute and prefix
/// names. SpreadsheetML uses a few hundred; an XML reader keeps every distinct name it meets, so a part made of
/// millions of made-up names would otherwise grow without end.
/// </summary>
internal sealed class BoundedNameTable : XmlNameTable
{
    public const int MaxNames = 10_000;

    private readonly NameTable _names = new();
    private int _count;

    public override string Add(char[] array, int offset, int length) =>
        _names.Get(array, offset, length) ?? Count(_names.Add(array, offset, length));

    public override string Add(string array) => _names.Get(array) ?? Count(_names.Add(array));

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private string Count(string added) =>
        ++_count <= MaxNames ? added : throw new XmlException($"More than {MaxNames} distinct names");
}

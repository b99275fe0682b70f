using System.IO.Compression;
using System.Text;
using ProtectHub.Core.Files;

namespace ProtectHub.Core.Tests;

public sealed class FileContentTests
{
    /// <summary>A minimal Office Open XML package with the given parts (name and text).</summary>
    public static byte[] Package(params (string Name, string Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    public const string Types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private static FileCheck Check(byte[] content) => FileContent.Check(new MemoryStream(content));

    [Fact]
    public void Documents_AreKnownByTheirContent()
    {
        Assert.Equal(FileKind.Pdf, Check("%PDF-1.7\n..."u8.ToArray()).Kind);
        Assert.Equal(FileKind.Png, Check([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).Kind);
        Assert.Equal(FileKind.Jpeg, Check([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]).Kind);
        Assert.Equal(FileKind.Gif, Check("GIF89a...."u8.ToArray()).Kind);
        Assert.Equal(FileKind.WebP, Check("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()).Kind);
        Assert.Equal(FileKind.Word, Check(Package(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>"))).Kind);
        Assert.Equal(FileKind.PowerPoint, Check(Package(("[Content_Types].xml", Types), ("ppt/presentation.xml", "<p:presentation/>"))).Kind);
        Assert.Equal(FileKind.Excel, Check(Package(("[Content_Types].xml", Types), ("xl/workbook.xml", "<workbook/>"))).Kind);
        Assert.Equal(FileKind.Text, Check("Received: from mail.example\r\n"u8.ToArray()).Kind);
    }

    [Fact]
    public void Macros_Programs_AndOlderOfficeFiles_AreRefusedWithTheReason()
    {
        var withProject = Check(Package(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro")));
        Assert.Equal(FileKind.Unknown, withProject.Kind);
        Assert.StartsWith("contains macros", withProject.Problem, StringComparison.Ordinal);
        var declared = Check(Package(("[Content_Types].xml", Types.Replace("</Types>", "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml\"/></Types>", StringComparison.Ordinal)),
            ("ppt/presentation.xml", "<p:presentation/>")));
        Assert.StartsWith("contains macros", declared.Problem, StringComparison.Ordinal);
        Assert.Equal("is a program, not a document", Check("MZ\u0090\0\u0003\0\0\0"u8.ToArray()).Problem);
        Assert.StartsWith("is an older Office file", Check([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Problem, StringComparison.Ordinal);
        Assert.Equal(FileKind.Unknown, Check(Package(("notes.txt", "just a zip"))).Kind);
        Assert.Equal(FileKind.Unknown, Check([0x00, 0x01, 0x02, 0xFF]).Kind);
    }

    [Fact]
    public async Task FolderStore_KeepsAndReturnsTheFile_AndForgetsIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "protecthub-folder-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new FolderFileStore(folder);
            var content = new byte[2_500_000];
            new Random(7).NextBytes(content);
            var id = Guid.NewGuid();
            await store.SaveAsync(id, new MemoryStream(content));
            using var copy = new MemoryStream();
            Assert.True(await store.CopyToAsync(id, copy));
            Assert.Equal(content, copy.ToArray());
            Assert.Empty(Directory.GetFiles(folder, "*.partial", SearchOption.AllDirectories));
            await store.ForgetAsync(id);
            Assert.False(await store.CopyToAsync(id, new MemoryStream()));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

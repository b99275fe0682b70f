using System.IO.Compression;
using System.Text;

namespace ProtectHub.Web.Tests;

/// <summary>Uploading materials through the pages as an officer does (multipart, with the page's anti-forgery token).</summary>
public static class MaterialSteps
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();

    private const string Types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    public static byte[] PowerPoint(string slide = "<p:presentation/>") => Package(("[Content_Types].xml", Types), ("ppt/presentation.xml", slide));

    /// <summary>A Word document carrying a macro project, as a .docm saved under a .docx name would.</summary>
    public static byte[] WordWithMacros() => Package(("[Content_Types].xml", Types), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "Sub AutoOpen()"));

    private static byte[] Package(params (string Name, string Text)[] parts)
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

    public static (string, string)[] Details(string title, string kind = "Presentation", string tlp = "Green") =>
        [("Title", title), ("Kind", kind), ("Tlp", tlp), ("ReviewBy.Day", "31"), ("ReviewBy.Month", "5"), ("ReviewBy.Year", "2027")];

    public static async Task<HttpResponseMessage> PostAsync(Session session, string url, IEnumerable<(string, string)> fields, (byte[] Content, string Name)? file, string? handler = null)
    {
        var (_, form) = await session.GetAsync(url);
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            body.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            body.Add(new ByteArrayContent(f.Content), "Upload", f.Name);
        }

        return await session.Client.PostAsync(handler is null ? url : $"{url}?handler={handler}", body);
    }

    /// <summary>Adds a material with a file and returns its id.</summary>
    public static async Task<Guid> AddAsync(Session session, string title, byte[] content, string fileName, params (string, string)[] extra)
    {
        var response = await PostAsync(session, "/materials/new", [.. Details(title), .. extra], (content, fileName));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Adding '{title}' failed: {string.Join("; ", (await Html.ParseAsync(response)).ErrorSummary())}");
        }

        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }
}

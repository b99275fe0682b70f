using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Advisories;

namespace ProtectHub.Web.Pages.AdvisoryPublic;

/// <summary>The public advisories as an Atom feed (RFC 4287), for partners' feed readers.</summary>
public sealed class FeedModel(AdvisoryList list, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var items = await list.PublicAsync();
        var site = $"{Request.Scheme}://{Request.Host}";
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, "Cyber threat advisories (TLP:CLEAR)");
            xml.WriteElementString("id", atom, $"{site}/advisories/public");
            xml.WriteElementString("updated", atom, Time(items.FirstOrDefault()?.IssuedAt ?? time.GetUtcNow()));
            xml.WriteStartElement("link", atom);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", $"{site}/advisories/feed.atom");
            xml.WriteEndElement();
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, "Regional cyber Protect teams");
            xml.WriteEndElement();
            foreach (var a in items)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, $"[TLP:CLEAR] {a.Title}");
                xml.WriteElementString("id", atom, $"urn:protecthub:advisory:{a.Reference}:{a.Edition}");
                xml.WriteElementString("updated", atom, Time(a.IssuedAt!.Value));
                xml.WriteStartElement("link", atom);
                xml.WriteAttributeString("href", $"{site}/advisories/public/{a.Id}");
                xml.WriteEndElement();
                xml.WriteElementString("summary", atom, $"{a.Summary}\n\nWhat to do: {a.RecommendedActions}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }
}

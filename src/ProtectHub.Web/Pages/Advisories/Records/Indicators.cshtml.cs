using System.Text;
using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Advisories;

namespace ProtectHub.Web.Pages.Advisories.Records;

/// <summary>The advisory's indicators as text, one a line as "type: value", undefanged (for blocking lists), with the TLP label first.</summary>
public sealed class IndicatorsModel(AdvisoryWriting writing) : AdvisoryPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var text = new StringBuilder();
        text.AppendLine($"# {Core.Sharing.Tlp.Label(Advisory.Tlp ?? Core.Sharing.TlpMarking.Red)} {Advisory.Reference} edition {Advisory.Edition}: {Advisory.Title}");
        foreach (var indicator in await writing.IndicatorsOfAsync(Advisory.Id))
        {
            text.AppendLine(indicator.AsIndicator.Line);
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", $"{Advisory.Reference.ToLowerInvariant()}-e{Advisory.Edition}-indicators.txt");
    }
}

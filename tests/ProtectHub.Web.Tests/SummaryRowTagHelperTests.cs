using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Tests;

/// <summary>The summary-list row renders the GOV.UK markup the hand-written rows had, the key encoded and the value as given.</summary>
public sealed class SummaryRowTagHelperTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task APagesRows_ReachTheBrowserAsGovUkMarkup_NotAsTheTagHelpersOwnElement()
    {
        var contact = await new TestData(factory).CreateContactAsync(email: "row@example.org");
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync());

        var (_, page) = await session.GetAsync($"/partners/contacts/{contact.Id}");

        Assert.Empty(page.QuerySelectorAll("govuk-summary-row"));
        var email = page.QuerySelectorAll("[data-testid='contact-details'] .govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt.govuk-summary-list__key")?.TextContent == "Email");
        Assert.Equal("row@example.org", email.QuerySelector("dd.govuk-summary-list__value")!.TextContent);
    }

    private static async Task<string> RenderAsync(SummaryRowTagHelper helper, string childHtml)
    {
        var context = new TagHelperContext("govuk-summary-row", [], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("govuk-summary-row", [], (_, _) =>
            Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(childHtml)));
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public async Task Row_IsAKeyAndAValueInTheGovUkClasses()
    {
        var html = await RenderAsync(new SummaryRowTagHelper(HtmlEncoder.Default) { Key = "Email" }, "ann@example.org");

        Assert.Equal("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Email</dt><dd class=\"govuk-summary-list__value\">ann@example.org</dd></div>", html);
    }

    [Fact]
    public async Task Row_EncodesTheKey_AndCarriesTheTestIdAndPreLine()
    {
        var html = await RenderAsync(new SummaryRowTagHelper(HtmlEncoder.Default) { Key = "Risks <b>", TestId = "risks", PreLine = true }, "<a href=\"/x\">x</a>");

        Assert.Contains("<dt class=\"govuk-summary-list__key\">Risks &lt;b&gt;</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"govuk-summary-list__value ph-pre-line\" data-testid=\"risks\"><a href=\"/x\">x</a></dd>", html, StringComparison.Ordinal);
    }
}

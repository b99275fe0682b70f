using Microsoft.Playwright;
using ProtectHub.Core.Access;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;

namespace ProtectHub.Browser.Tests;

public sealed class IntelligenceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task IndustrySubmission_BecomesAnApprovedDisseminatedReport_AndAPublishedLesson_OnAccessiblePages()
    {
        var factory = fixture.Factory;
        var organisation = new Organisation { RegionCode = "EM", Name = "Journey Joinery Ltd", NormalisedName = "journey joinery", ForceCode = "DERBYSHIRE" };
        var requirement = new IntelligenceRequirement
        {
            Code = "NIR-J1",
            Title = "Invoice fraud against small manufacturers",
            Priority = RequirementPriority.High,
            Owner = "NCCU",
            ReviewOn = new DateOnly(2027, 9, 30),
        };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(organisation, requirement);
            return await db.SaveChangesAsync();
        });
        var officerUser = await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync();
        var officer = await fixture.SignedInPageAsync(officerUser);

        // The officer makes the partner's secure link.
        await officer.GotoAsync("/intelligence");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("links").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await BrowserFixture.TypeAheadAsync(officer, "Partner organisation", "Journey J", "Journey Joinery Ltd");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("create").ClickAsync();
        var link = new Uri((await officer.GetByTestId("new-link").TextContentAsync())!.Trim());
        await Axe.AssertAccessibleAsync(officer);

        // The partner reports on a phone, without an account; an error first.
        var partner = await fixture.NewPageAsync();
        await partner.SetViewportSizeAsync(375, 740);
        await partner.GotoAsync(link.PathAndQuery);
        await Axe.AssertAccessibleAsync(partner);
        await partner.GetByTestId("send").ClickAsync();
        await Assertions.Expect(partner.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your name");
        await Axe.AssertAccessibleAsync(partner);
        await partner.GetByLabel("Your name").FillAsync("Pat Partner");
        await partner.GetByLabel("Your email address").FillAsync("pat@journey-joinery.example");
        await partner.GetByLabel("A phishing campaign").CheckAsync();
        await partner.GetByLabel("What happened").FillAsync("Our accounts team received emails asking to change our supplier's bank details.");
        await partner.GetByLabel("Technical details (optional)").FillAsync("billing@supplier-payments[.]example\nsupplier-payments.example");
        await partner.GetByLabel("Attachments (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "headers.txt",
            MimeType = "text/plain",
            Buffer = "Received: from mail.supplier-payments.example"u8.ToArray(),
        });
        await partner.GetByTestId("send").ClickAsync();
        await Assertions.Expect(partner.GetByTestId("received")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(partner);
        Assert.True(await partner.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the receipt scrolls sideways on a phone");
        var acknowledgement = Assert.Single(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == "pat@journey-joinery.example");
        Assert.StartsWith("We have received your report (INT-", acknowledgement.Subject, StringComparison.Ordinal);

        // The draft arrives with its provenance; the officer grades, sanitises and submits it.
        await officer.GotoAsync("/intelligence?Subject=supplier-payments.example");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "A phishing campaign reported by Journey Joinery Ltd" }).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("subjects")).ToContainTextAsync("supplier-payments[.]example");
        await Assertions.Expect(officer.GetByTestId("attachments")).ToContainTextAsync("headers.txt");
        await Axe.AssertAccessibleAsync(officer);
        var reportUrl = officer.Url;
        await officer.GetByTestId("edit").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("2: Untested").CheckAsync();
        await officer.GetByLabel("B: Known indirectly to the source but corroborated").CheckAsync();
        await officer.GetByLabel("P: Lawful sharing permitted").CheckAsync();
        await officer.GetByLabel("Sanitised text").FillAsync("A manufacturer received invoice-redirection emails from a look-alike supplier domain.");
        await officer.GetByLabel("Business email compromise").CheckAsync();
        await officer.GetByRole(AriaRole.Group, new() { Name = "Force areas" }).GetByLabel("Derbyshire Constabulary").CheckAsync();
        await officer.GetByLabel("NIR-J1: Invoice fraud against small manufacturers", new() { Exact = false }).CheckAsync();
        await officer.GetByTestId("save").ClickAsync();
        await officer.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("status")).ToHaveTextAsync("Submitted for quality assurance");

        // A supervisor approves it after the three checks, and records where it went.
        var supervisorUser = await new TestUserBuilder(factory).WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect).BuildAsync();
        var supervisor = await fixture.SignedInPageAsync(supervisorUser);
        await supervisor.GotoAsync(reportUrl);
        await supervisor.GetByTestId("qa").ClickAsync();
        await Axe.AssertAccessibleAsync(supervisor);
        await supervisor.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(supervisor.Locator(".govuk-error-summary")).ToContainTextAsync("Confirm you have checked");
        await Axe.AssertAccessibleAsync(supervisor);
        foreach (var check in await supervisor.GetByRole(AriaRole.Group, new() { Name = "Checks" }).GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await check.CheckAsync();
        }

        await supervisor.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("grading")).ToHaveTextAsync("2/B/P");
        await supervisor.GetByTestId("disseminate").ClickAsync();
        await Axe.AssertAccessibleAsync(supervisor);
        await supervisor.GetByLabel("Force intelligence unit").CheckAsync();
        await supervisor.GetByLabel("Recipient").FillAsync("Derbyshire Constabulary Force Intelligence Bureau");
        await supervisor.GetByLabel("The receiving system's reference").FillAsync("DFIB-2026-4410");
        await supervisor.GetByTestId("save").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("status")).ToHaveTextAsync("Disseminated");
        await Assertions.Expect(supervisor.GetByTestId("disseminations")).ToContainTextAsync("DFIB-2026-4410");
        await supervisor.GetByTestId("print").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("print-form")).ToContainTextAsync("2/B/P");
        await Axe.AssertAccessibleAsync(supervisor);

        // The officer thanks the partner, and looks at the picture and coverage.
        await officer.GotoAsync(reportUrl + "/feedback");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("send").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("feedback")).ToContainTextAsync("Thank you for your report");
        foreach (var url in (string[])["/intelligence/picture", "/intelligence/coverage", "/intelligence/requirements", "/intelligence/new"])
        {
            await officer.GotoAsync(url);
            await Axe.AssertAccessibleAsync(officer);
        }

        // The lesson: personal data warned, sent back, cleaned, published, found in the national library.
        await officer.GotoAsync("/lessons");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("new-lesson").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Title", new() { Exact = true }).FillAsync("Look-alike supplier domains redirect invoice payments");
        await officer.GetByLabel("Offence investigated").FillAsync("Fraud by false representation");
        await officer.GetByRole(AriaRole.Group, new() { Name = "Type of attack" }).GetByLabel("Business email compromise").CheckAsync();
        await officer.GetByLabel("The attack path").FillAsync("A supplier's mailbox was compromised; replies came from a look-alike domain asking for new bank details.");
        await officer.GetByLabel("MITRE ATT&CK techniques").FillAsync("T1566.002, T1583.001");
        await officer.GetByLabel("The weakness exploited").FillAsync("Bank detail changes accepted by email alone");
        await officer.GetByLabel("What would have prevented it").FillAsync("A call-back to a known number before any change of bank details");
        await officer.GetByLabel("The Protect advice derived").FillAsync("Call Sarah Jones before changing bank details.");
        await officer.GetByLabel("SIO or officer in the case").FillAsync("DS, Derbyshire Economic Crime Unit");
        await officer.GetByLabel("TLP:GREEN", new() { Exact = false }).CheckAsync();
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("personal-data-warning")).ToContainTextAsync("Sarah Jones");
        await Assertions.Expect(officer.GetByTestId("tlp")).ToContainTextAsync("TLP:GREEN");
        await Axe.AssertAccessibleAsync(officer);
        var lessonUrl = officer.Url;
        await officer.GetByTestId("edit").ClickAsync();
        await officer.GetByLabel("The Protect advice derived").FillAsync("Call the supplier on a number you already hold before changing bank details.");
        await officer.GetByTestId("save").ClickAsync();
        await officer.GetByTestId("submit").ClickAsync();
        await supervisor.GotoAsync(lessonUrl);
        await Axe.AssertAccessibleAsync(supervisor);
        await supervisor.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("status")).ToHaveTextAsync("Published");

        var readerUser = await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.FraudProtect).InRegion("NW").BuildAsync();
        var reader = await fixture.SignedInPageAsync(readerUser);
        await reader.GotoAsync("/lessons/library?Technique=T1566");
        await Axe.AssertAccessibleAsync(reader);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Look-alike supplier domains redirect invoice payments" }).ClickAsync();
        await Assertions.Expect(reader.GetByTestId("techniques")).ToContainTextAsync("T1566.002 Spearphishing Link");
        await Assertions.Expect(reader.GetByTestId("tlp")).ToContainTextAsync("TLP:GREEN");
        await Axe.AssertAccessibleAsync(reader);

        // The lists reflow at 320 CSS pixels.
        await officer.SetViewportSizeAsync(320, 640);
        foreach (var url in (string[])["/intelligence", "/lessons/library"])
        {
            await officer.GotoAsync(url);
            Assert.True(await officer.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{url} scrolls sideways at 320 pixels");
        }
    }

    [Fact]
    public async Task Advisory_FromDraftToAPartnersAcknowledgement_OnAccessiblePages()
    {
        var factory = fixture.Factory;
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var organisation = new Organisation { RegionCode = "EM", Name = "Advisory Alloys Ltd", NormalisedName = "advisory alloys", ForceCode = "NOTTS", Sector = 'C' };
        organisation.Memberships.Add(new Membership { OrganisationId = organisation.Id, Kind = MembershipKind.InformationSharingCommunity, StartedOn = today.AddYears(-1) });
        var contact = new Contact
        {
            RegionCode = "EM",
            OrganisationId = organisation.Id,
            FullName = "Sam Security",
            Email = "sam@advisory-alloys.example",
            NormalisedEmail = "sam@advisory-alloys.example",
            AcceptsEmail = true,
            LawfulBasis = LawfulBasis.LegitimateInterests,
            CreatedAt = factory.Time.GetUtcNow(),
        };
        await factory.WithDbAsync(async db =>
        {
            db.AddRange(organisation, contact);
            return await db.SaveChangesAsync();
        });
        var officer = await fixture.SignedInPageAsync(await new TestUserBuilder(factory).WithRoles(Role.Officer).WithTeams(Team.CyberProtect).BuildAsync());
        await officer.GotoAsync("/advisories");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("new-advisory").ClickAsync();
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Select the TLP marking: there is no default");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GetByLabel("TLP:AMBER: ", new() { Exact = false }).First.CheckAsync();
        await officer.GetByLabel("Title", new() { Exact = true }).FillAsync("Exploited VPN appliances in manufacturing");
        await officer.GetByLabel("Summary in plain English").FillAsync("Criminals are exploiting unpatched VPN appliances to deploy ransomware.");
        await officer.GetByLabel("Recommended actions").FillAsync("Patch your VPN appliance today and reset its passwords.");
        await officer.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Our own investigation").CheckAsync();
        await officer.GetByLabel("Indicators (optional)").FillAsync("203.0.113.77\nCVE-2024-3400");
        await officer.GetByLabel("Members of the regional information-sharing community").CheckAsync();
        await officer.GetByTestId("save").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("tlp")).ToContainTextAsync("TLP:AMBER");
        await Assertions.Expect(officer.GetByTestId("indicators")).ToContainTextAsync("203[.]0[.]113[.]77");
        await Assertions.Expect(officer.GetByTestId("audience")).ToContainTextAsync("at 1 organisation");
        await Axe.AssertAccessibleAsync(officer);
        var advisoryUrl = officer.Url;
        await officer.GetByTestId("submit").ClickAsync();

        var supervisor = await fixture.SignedInPageAsync(await new TestUserBuilder(factory).WithRoles(Role.Supervisor).WithTeams(Team.CyberProtect).BuildAsync());
        await supervisor.GotoAsync(advisoryUrl);
        await supervisor.GetByTestId("approve").ClickAsync();
        await supervisor.GetByTestId("issue").ClickAsync();
        await Assertions.Expect(supervisor.GetByTestId("status")).ToHaveTextAsync("Issued");
        await Axe.AssertAccessibleAsync(supervisor);

        // The background outbox sends it; the partner acknowledges through their own link.
        var email = Assert.Single(await factory.Smtp.MessagesAsync(), m => m.To.Mailboxes.Single().Address == "sam@advisory-alloys.example");
        Assert.StartsWith("[TLP:AMBER] Exploited VPN appliances", email.Subject, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(email.TextBody ?? "", @"Acted on it: (\S+)").Groups[1].Value;
        var partner = await fixture.NewPageAsync();
        await partner.GotoAsync(new Uri(link).PathAndQuery);
        await Axe.AssertAccessibleAsync(partner);
        await partner.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(partner.GetByTestId("acknowledged")).ToContainTextAsync("We have acted on it");
        await Axe.AssertAccessibleAsync(partner);
        await supervisor.GotoAsync(advisoryUrl);
        await Assertions.Expect(supervisor.GetByTestId("progress")).ToContainTextAsync("1 acknowledged");
        await Assertions.Expect(supervisor.GetByTestId("recipients")).ToContainTextAsync("Acted on it");
        await Axe.AssertAccessibleAsync(supervisor);

        foreach (var url in (string[])["/advisories/public", new Uri(System.Text.RegularExpressions.Regex.Match(email.TextBody ?? "", @"stop receiving advisories: (\S+)").Groups[1].Value).PathAndQuery])
        {
            await partner.GotoAsync(url);
            await Axe.AssertAccessibleAsync(partner);
        }

        // A STIX bundle that is not one is refused on the form, accessibly; a partner's TAXII key is made and shown once.
        await officer.GotoAsync("/advisories/new");
        await officer.GetByText("Start from a STIX 2.1 bundle").ClickAsync();
        await officer.Locator("#Bundle").SetInputFilesAsync(new FilePayload { Name = "feed.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes("{\"type\": \"report\"}") });
        await officer.GetByTestId("import-bundle").ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("The file is not a STIX bundle");
        await Axe.AssertAccessibleAsync(officer);
        await officer.GotoAsync("/advisories/taxii-keys");
        await Axe.AssertAccessibleAsync(officer);
        await BrowserFixture.TypeAheadAsync(officer, "Partner organisation", organisation.Name[..6], organisation.Name);
        await officer.GetByTestId("create").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("new-key")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(officer);
    }
}

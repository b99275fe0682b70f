using System.Net;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Tests;

public sealed class RateLimitedFactory : ProtectHubFactory
{
    protected override int SignInPermitsPerMinute => 3;
}

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task SignIn_TooManyAttemptsInAMinute_AnswersTooManyRequests()
    {
        var client = factory.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/sign-in")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var page = await Html.ParseAsync(await client.GetAsync("/sign-in"));
        Assert.Equal("Too many attempts", page.TestId("error-heading")!.TextContent);
    }

    [Fact]
    public async Task IndustrySubmissionForm_IsRateLimitedPerAddress()
    {
        var organisation = new Organisation { RegionCode = "EM", Name = "Limited Ltd", NormalisedName = "limited", ForceCode = "NOTTS" };
        const string token = "rate-limit-test-token-0123456789abcdef";
        await factory.WithDbAsync(async db =>
        {
            db.Add(organisation);
            db.Add(new PartnerLink
            {
                RegionCode = "EM",
                OrganisationId = organisation.Id,
                OrganisationName = organisation.Name,
                TokenHash = PartnerLinks.HashOf(token),
                CreatedAt = factory.Time.GetUtcNow(),
                CreatedByName = "Test",
            });
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync($"/intelligence/submit/{token}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}

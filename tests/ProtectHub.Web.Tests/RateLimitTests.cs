using System.Net;

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
}

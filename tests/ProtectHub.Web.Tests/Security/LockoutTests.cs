using System.Net;

namespace ProtectHub.Web.Tests.Security;

/// <summary>Attack run finding 10: lockout told which accounts exist and let anyone lock any account.</summary>
public sealed class LockoutTests(ClientAddressFactory factory) : IClassFixture<ClientAddressFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private Session From(string address)
    {
        var session = new Session(factory);
        session.Client.DefaultRequestHeaders.Add(ClientAddressFactory.AddressHeader, address);
        return session;
    }

    private static async Task<string> TryAsync(Session session, string email, string password) =>
        (await Html.ParseAsync(await session.PostFormAsync("/sign-in", ("Email", email), ("Password", password)))).ErrorSummary().Single();

    [Fact]
    public async Task RepeatedFailures_UnknownAndRealAccount_GetTheSameAnswers()
    {
        var user = await _users.BuildAsync();
        var unknown = $"nobody.{Guid.NewGuid():N}@force.police.uk";
        var attacker = From("203.0.113.10");
        var forReal = new List<string>();
        var forUnknown = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            forReal.Add(await TryAsync(attacker, user.Email, "wrong guess " + i));
            forUnknown.Add(await TryAsync(attacker, unknown, "wrong guess " + i));
        }

        Assert.Equal(forReal, forUnknown);
        Assert.Equal("Enter a correct email address and password", forReal[0]);
        Assert.Contains("locked from your network", forReal[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttackerFailingFromElsewhere_DoesNotLockTheHolderOut()
    {
        var user = await _users.BuildAsync();
        var attacker = From("203.0.113.20");
        for (var i = 0; i < 12; i++)
        {
            await TryAsync(attacker, user.Email, "wrong guess " + i);
        }

        // Even the right password is not checked from the attacker's address now...
        Assert.Contains("locked from your network", await TryAsync(attacker, user.Email, user.Password), StringComparison.Ordinal);

        // ...but the holder, from their own network, signs in at once.
        var holder = From("198.51.100.30");
        var password = await holder.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachFurtherFailure_DoublesTheWait()
    {
        var user = await _users.BuildAsync();
        var guesser = From("203.0.113.40");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(guesser, user.Email, "wrong guess " + i);
        }

        Assert.Equal("Enter a correct email address and password", await TryAsync(guesser, user.Email, "fifth wrong guess"));
        Assert.Contains("Wait 1 minute ", await TryAsync(guesser, user.Email, "sixth"), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal("Enter a correct email address and password", await TryAsync(guesser, user.Email, "sixth wrong guess"));
        Assert.Contains("Wait 2 minutes ", await TryAsync(guesser, user.Email, "seventh"), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromSeconds(121));
        await TryAsync(guesser, user.Email, "seventh wrong guess");
        Assert.Contains("Wait 4 minutes ", await TryAsync(guesser, user.Email, "eighth"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuccessfulSignIn_ClearsTheFailuresOfThatAddress()
    {
        var user = await _users.BuildAsync();
        var holder = From("198.51.100.50");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(holder, user.Email, "typo " + i);
        }

        await holder.SignInAsync(user);
        var again = From("198.51.100.50");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("Enter a correct email address and password", await TryAsync(again, user.Email, "typo again " + i));
        }
    }
}

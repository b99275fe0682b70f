using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.Tests;

public sealed class SignInTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    [Fact]
    public async Task SignIn_EmptyFields_ShowsErrorPerFieldInOrder()
    {
        var session = new Session(factory);
        var response = await session.PostFormAsync("/sign-in", ("Email", ""), ("Password", ""));
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummary());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_KeepsEmailAndGivesOneMessage()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        var wrong = await Html.ParseAsync(await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", "not the password at all")));
        var unknown = await Html.ParseAsync(await session.PostFormAsync("/sign-in", ("Email", "nobody@force.police.uk"), ("Password", "not the password at all")));
        Assert.Equal(["Enter a correct email address and password"], wrong.ErrorSummary());
        Assert.Equal(wrong.ErrorSummary(), unknown.ErrorSummary());
        Assert.Equal(user.Email, wrong.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_PasswordOnly_DoesNotGiveASession()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        var response = await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        Assert.Equal("/sign-in/code?ReturnUrl=%2F", response.Headers.Location!.OriginalString);
        var home = await session.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/sign-in", home.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mfa_CodeUsedTwice_IsRefusedTheSecondTime()
    {
        var user = await _users.BuildAsync();
        var first = await Session.SignedInAsync(factory, user);
        var code = user.CurrentCode(factory.Time);

        var second = new Session(factory);
        await second.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        var replay = await second.PostFormAsync("/sign-in/code", ("Code", code));
        var page = await Html.ParseAsync(replay);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("already been used", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Enrolment_NewUser_ScansKeyEntersCodeGetsRecoveryCodesThenSignsInWithCode()
    {
        var user = await _users.NotEnrolled().BuildAsync();
        var session = new Session(factory);
        var password = await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        Assert.Equal("/sign-in/set-up-authenticator", password.Headers.Location!.OriginalString);

        var (_, enrol) = await session.GetAsync("/sign-in/set-up-authenticator");
        var key = enrol.TestId("authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", enrol.QuerySelector("img.ph-qr")!.GetAttribute("src"), StringComparison.Ordinal);
        var enrolled = user with { AuthenticatorKey = key };

        var wrong = await Html.ParseAsync(await session.PostFormAsync("/sign-in/set-up-authenticator", ("Code", "000000")));
        Assert.Contains("The code is wrong", wrong.ErrorSummary().Single(), StringComparison.Ordinal);

        var done = await session.PostFormAsync("/sign-in/set-up-authenticator", ("Code", enrolled.CurrentCode(factory.Time)));
        Assert.Equal("/sign-in/recovery-codes", done.Headers.Location!.OriginalString);
        var (_, codesPage) = await session.GetAsync("/sign-in/recovery-codes");
        var codes = codesPage.QuerySelectorAll("[data-testid='recovery-codes'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);

        await session.PostFormAsync("/sign-out", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);

        var again = new Session(factory);
        await again.SignInAsync(enrolled);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/")).StatusCode);

        // A recovery code works exactly once.
        var recovery = new Session(factory);
        await recovery.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        var used = await recovery.PostFormAsync("/sign-in/code", [new("RecoveryCode", codes[0])], handler: "Recovery");
        Assert.Equal("/", used.Headers.Location!.OriginalString);
        var reuse = new Session(factory);
        await reuse.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        var refused = await Html.ParseAsync(await reuse.PostFormAsync("/sign-in/code", [new("RecoveryCode", codes[0])], handler: "Recovery"));
        Assert.Equal(["Enter a recovery code you have not used before"], refused.ErrorSummary());
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", "wrong password " + i));
        }

        var locked = await Html.ParseAsync(await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password)));
        Assert.Contains("locked", locked.ErrorSummary().Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mfa_FiveWrongCodes_LockTheAccountAndStopFurtherGuesses()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/sign-in/code", ("Code", "000000"));
        }

        factory.Time.Advance(TimeSpan.FromSeconds(31));
        var guess = await session.PostFormAsync("/sign-in/code", [new("Code", user.CurrentCode(factory.Time))], formPage: "/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, guess.StatusCode);
        Assert.Equal("/sign-in", guess.Headers.Location!.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignOut_OldCookieCopy_NoLongerWorks()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        var cookie = session.SessionCookie!;
        using (var copy = factory.CreateBrowser())
        {
            copy.DefaultRequestHeaders.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode); // The copy works before sign-out.
        }

        await session.PostFormAsync("/sign-out", [], formPage: "/");

        using var stolen = factory.CreateBrowser();
        stolen.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await stolen.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirSessionOnTheNextRequest()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        await factory.WithServicesAsync(async sp =>
        {
            var admin = sp.GetRequiredService<UserAdministration>();
            await admin.SetDisabledAsync((await admin.FindAsync(user.Id))!, true, "left the unit");
            return 0;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Session_IdleFor31Minutes_Expires()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        factory.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Session_ActiveFor12Hours_Expires()
    {
        var user = await _users.BuildAsync();
        var session = await Session.SignedInAsync(factory, user);
        for (var i = 0; i < 24; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        }

        factory.Time.Advance(TimeSpan.FromMinutes(29)); // 12 h 5 min after sign-in, never idle for 30 minutes.
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_IssuesHostPrefixedSecureHttpOnlyCookie()
    {
        var user = await _users.BuildAsync();
        var session = new Session(factory);
        await session.PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        factory.Time.Advance(TimeSpan.FromSeconds(31));
        var response = await session.PostFormAsync("/sign-in/code", ("Code", user.CurrentCode(factory.Time)));
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-ProtectHub=", StringComparison.Ordinal));
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Password_ShortOrCommon_IsRejectedWithReason()
    {
        var errors = await factory.WithServicesAsync(async sp =>
        {
            var admin = sp.GetRequiredService<UserAdministration>();
            var details = new UserDetails { DisplayName = "A Person", RegionCode = "EM", HomeForceCode = "LEICESTERSHIRE", Roles = [Role.Officer] };
            var tooShort = await admin.ValidateCreateAsync(new CreateUserOptions { Email = "a@force.police.uk", Password = "short one", Details = details });
            var common = await admin.ValidateCreateAsync(new CreateUserOptions { Email = "b@force.police.uk", Password = "password1234", Details = details });
            var pastedPhrase = await admin.ValidateCreateAsync(new CreateUserOptions { Email = "c@force.police.uk", Password = "purple tractor umbrella", Details = details });
            return (tooShort, common, pastedPhrase);
        });
        Assert.Contains(errors.tooShort, e => e is { Field: "Password", Message: "Password must be 12 characters or more" });
        Assert.Contains(errors.common, e => e.Field == "Password" && e.Message.Contains("too common", StringComparison.Ordinal));
        Assert.Empty(errors.pastedPhrase);
    }
}

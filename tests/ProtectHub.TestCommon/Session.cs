using System.Net;
using AngleSharp.Dom;

namespace ProtectHub.TestCommon;

/// <summary>A browser-like HTTP session: keeps cookies, reads anti-forgery tokens from forms, follows redirects on request.</summary>
public sealed class Session(ProtectHubFactory factory)
{
    public HttpClient Client { get; } = factory.CreateBrowser();

    /// <summary>The session cookie as issued at sign-in ("name=value"), for tests that replay a copy of it.</summary>
    public string? SessionCookie { get; private set; }

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await Html.ParseAsync(response));
    }

    /// <summary>Opens the page, takes the anti-forgery token from its form, and posts the fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null, string? handler = null)
    {
        var (response, page) = await GetAsync(formPage ?? url);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {formPage ?? url}: it answered {(int)response.StatusCode} {response.Headers.Location} '{page.Title}'");
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        // The version the edit form was filled from travels in a hidden field, as a browser sends it, unless the test
        // posts one of its own (to play a second editor working from an older copy).
        foreach (var hidden in page.QuerySelectorAll("form input[type='hidden'][name='Version'], form input[type='hidden'][name='Stamp']"))
        {
            var name = hidden.GetAttribute("name")!;
            if (all.All(f => f.Key != name))
            {
                all.Add(new(name, hidden.GetAttribute("value") ?? ""));
            }
        }

        var target = handler is null ? url : $"{url}?handler={handler}";
        return await Client.PostAsync(target, new FormUrlEncodedContent(all));
    }

    public Task<HttpResponseMessage> PostFormAsync(string url, params (string Key, string Value)[] fields) =>
        PostFormAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// <summary>Signs in with password and a fresh TOTP code (moving the fake clock on so no code is ever reused).</summary>
    public async Task SignInAsync(TestUser user)
    {
        var password = await PostFormAsync("/sign-in", ("Email", user.Email), ("Password", user.Password));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        factory.Time.Advance(TimeSpan.FromSeconds(31));
        var code = await PostFormAsync("/sign-in/code", ("Code", user.CurrentCode(factory.Time)));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
        SessionCookie = code.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("__Host-ProtectHub=", StringComparison.Ordinal)).Split(';')[0];
    }

    public static async Task<Session> SignedInAsync(ProtectHubFactory factory, TestUser user)
    {
        var session = new Session(factory);
        await session.SignInAsync(user);
        return session;
    }
}
